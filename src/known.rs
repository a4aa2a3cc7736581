//! The list of accepted divergences (`corpus/known-divergences.json`):
//!
//! ```json
//! { "schema_version": 1,
//!   "divergences": [ { "signature": "error-message:3fa2b1c9d0e4", "reason": "why it is accepted",
//!                      "cases": ["optional/case-id", "..."] } ] }
//! ```
//!
//! A divergence is known when its signature is listed and, if the entry names cases, its case is
//! one of them. Crashes are never tolerated, listed or not.

use crate::diff::{Category, Divergence};
use crate::error::BenchError;
use serde::Deserialize;
use std::path::Path;

pub const SCHEMA_VERSION: u64 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownDivergence {
    pub signature: String,
    pub reason: String,
    #[serde(default)]
    pub cases: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownDivergences {
    pub schema_version: u64,
    pub divergences: Vec<KnownDivergence>,
}

impl KnownDivergences {
    /// Reads the list at `path`; a missing file is an empty list.
    pub fn load(path: &Path) -> Result<KnownDivergences, BenchError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(KnownDivergences {
                    schema_version: SCHEMA_VERSION,
                    divergences: Vec::new(),
                })
            }
            Err(error) => {
                return Err(BenchError::KnownDivergences {
                    path: path.to_path_buf(),
                    reason: error.to_string(),
                })
            }
        };
        Self::parse(&text).map_err(|reason| BenchError::KnownDivergences {
            path: path.to_path_buf(),
            reason,
        })
    }

    /// Reads the list a user named (`--known`): unlike the default list, it must exist.
    pub fn load_named(path: &Path) -> Result<KnownDivergences, BenchError> {
        if let Err(error) = std::fs::metadata(path) {
            return Err(BenchError::KnownDivergences {
                path: path.to_path_buf(),
                reason: format!("cannot read the file: {error}"),
            });
        }
        Self::load(path)
    }

    pub fn parse(text: &str) -> Result<KnownDivergences, String> {
        let list: KnownDivergences =
            serde_json::from_str(text).map_err(|error| error.to_string())?;
        if list.schema_version != SCHEMA_VERSION {
            return Err(format!(
                "schema_version {} is not supported (expected {SCHEMA_VERSION})",
                list.schema_version
            ));
        }
        if let Some(entry) = list
            .divergences
            .iter()
            .find(|entry| entry.reason.trim().is_empty())
        {
            return Err(format!("signature {} has no reason", entry.signature));
        }
        Ok(list)
    }

    /// The accepted entry covering `divergence` of case `case_id`, if any.
    pub fn matching(&self, case_id: &str, divergence: &Divergence) -> Option<&KnownDivergence> {
        if divergence.category == Category::Crash {
            return None;
        }
        self.divergences.iter().find(|entry| {
            entry.signature == divergence.signature
                && (entry.cases.is_empty() || entry.cases.iter().any(|case| case == case_id))
        })
    }
}
