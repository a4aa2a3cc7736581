//! Reading a JSON report (`reports/README.md`, schema version 1) back, for `compare`, buckets
//! and the nightly report. Only what those need is typed; outcomes stay JSON trees.

use crate::triage_error::TriageError;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
pub struct SavedReport {
    pub schema_version: u64,
    pub metadata: SavedMetadata,
    pub totals: SavedTotals,
    #[serde(default)]
    pub divergences: Vec<SavedDivergence>,
    #[serde(default)]
    pub inconclusive: Vec<SavedNote>,
    #[serde(default)]
    pub skipped: Vec<SavedNote>,
    #[serde(default)]
    pub malformed_headers: Vec<SavedNote>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SavedMetadata {
    #[serde(default)]
    pub git_commit: Option<String>,
    #[serde(default)]
    pub engines: Vec<SavedEngine>,
    #[serde(default)]
    pub corpus: String,
    #[serde(default)]
    pub started_at: String,
    #[serde(default)]
    pub duration_seconds: f64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SavedEngine {
    pub name: String,
    #[serde(default)]
    pub version: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct SavedTotals {
    pub cases: usize,
    pub agree: usize,
    pub divergent: usize,
    pub inconclusive: usize,
    pub crashes: usize,
    pub known: usize,
    pub new: usize,
    #[serde(default)]
    pub reference_wrong: usize,
    pub skipped: usize,
    pub malformed_header: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SavedDivergence {
    pub id: String,
    pub path: String,
    pub category: String,
    pub detail: String,
    pub signature: String,
    pub known: bool,
    #[serde(default)]
    pub known_reason: Option<String>,
    /// `{ "left": Outcome, "right": Outcome }`.
    pub outcomes: serde_json::Value,
    /// Real Redis's verdict (schema version 2), when it was asked.
    #[serde(default)]
    pub arbitration: Option<SavedArbitration>,
    #[serde(default)]
    pub reproduce: String,
}

/// The part of an arbitration that buckets and pages show.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SavedArbitration {
    /// `reference-wrong`, `ferrous-wrong` or `all-differ`.
    pub verdict: String,
    #[serde(default)]
    pub detail: String,
}

impl SavedDivergence {
    /// The arbitration verdict, if there was one.
    pub fn verdict(&self) -> Option<&str> {
        self.arbitration
            .as_ref()
            .map(|arbitration| arbitration.verdict.as_str())
    }

    /// Real Redis agrees with the engine under test: the reference is wrong, not a regression.
    pub fn is_reference_wrong(&self) -> bool {
        self.verdict() == Some(crate::arbitration::Ruling::ReferenceWrong.name())
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct SavedNote {
    pub id: String,
    pub path: String,
    pub reason: String,
}

impl SavedReport {
    pub fn load(path: &Path) -> Result<SavedReport, TriageError> {
        let text = std::fs::read(path).map_err(|error| TriageError::file(path, error))?;
        let report: SavedReport = serde_json::from_slice(&text)
            .map_err(|error| TriageError::file(path, format!("not a bench report: {error}")))?;
        if !crate::report::READABLE_SCHEMA_VERSIONS.contains(&report.schema_version) {
            return Err(TriageError::file(
                path,
                format!(
                    "report schema version {} is not supported (expected at most {})",
                    report.schema_version,
                    crate::report::SCHEMA_VERSION
                ),
            ));
        }
        Ok(report)
    }

    /// `left,right`, the engine order the signatures depend on.
    pub fn engine_pair(&self) -> String {
        self.metadata
            .engines
            .iter()
            .map(|engine| engine.name.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Whether the run saw case `id` and did not find it divergent (it agreed, or was
    /// inconclusive, skipped or malformed).
    pub fn noted_without_divergence(&self, id: &str) -> bool {
        self.inconclusive
            .iter()
            .chain(&self.skipped)
            .chain(&self.malformed_headers)
            .any(|note| note.id == id)
    }

    pub fn divergence_of(&self, id: &str) -> Option<&SavedDivergence> {
        self.divergences.iter().find(|record| record.id == id)
    }
}
