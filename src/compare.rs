//! `ferrous-conformance compare OLD.json NEW.json`: what changed between two runs.
//!
//! Lists new buckets (signatures only NEW has), fixed buckets (only OLD has), cases that
//! agreed in OLD and diverge in NEW, and cases fixed since. A *regression* is a new bucket
//! with a divergence the known list does not accept, a case that agreed before and now
//! diverges in a way the list does not accept, or any new crash; `compare` exits 1 on one.
//!
//! Reports list divergent, inconclusive, skipped and malformed cases but not agreeing ones, so
//! "agreed before" means: not listed in OLD, and the case file existed at OLD's git commit
//! (when that can be checked; otherwise the case is reported as new to the corpus or agreeing).

use crate::buckets::{bucket, Bucket};
use crate::saved_report::{SavedDivergence, SavedReport};
use crate::triage_error::TriageError;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, clap::Args)]
pub struct CompareArgs {
    /// The earlier report (e.g. reports/baseline.json).
    pub old: PathBuf,
    /// The later report (e.g. reports/conformance.json).
    pub new: PathBuf,
}

/// What a newly divergent case was in the old run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Before {
    /// It ran and agreed.
    Agreed,
    /// The case did not exist at the old run's commit.
    NotInCorpus,
    /// Not listed, and whether it existed could not be checked.
    Unlisted,
    Inconclusive,
    Skipped,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewlyDivergent {
    pub id: String,
    pub signature: String,
    pub known: bool,
    /// Real Redis agrees with the engine under test: not a regression.
    pub reference_wrong: bool,
    pub before: Before,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangedSignature {
    pub id: String,
    pub old: String,
    pub new: String,
    pub known: bool,
    pub reference_wrong: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunComparison {
    pub old_engines: String,
    pub new_engines: String,
    pub new_buckets: Vec<Bucket>,
    pub fixed_buckets: Vec<Bucket>,
    pub newly_divergent: Vec<NewlyDivergent>,
    pub changed: Vec<ChangedSignature>,
    /// Cases that diverged in OLD and no longer do.
    pub fixed_cases: Vec<String>,
    pub old_divergent: usize,
    pub new_divergent: usize,
}

impl RunComparison {
    /// The reasons this comparison is a regression (none when it is not).
    pub fn regressions(&self) -> Vec<String> {
        let mut reasons = Vec::new();
        for bucket in &self.new_buckets {
            if bucket.is_crash() {
                reasons.push(format!("new crash bucket {}", bucket.signature));
            } else if bucket.is_regression() {
                reasons.push(format!(
                    "new bucket {} ({} case{})",
                    bucket.signature,
                    bucket.count,
                    if bucket.count == 1 { "" } else { "s" }
                ));
            }
        }
        for case in &self.newly_divergent {
            let new_bucket = self
                .new_buckets
                .iter()
                .any(|bucket| bucket.signature == case.signature);
            if case.before == Before::Agreed && !case.known && !case.reference_wrong && !new_bucket
            {
                reasons.push(format!(
                    "{} agreed before and now diverges [{}]",
                    case.id, case.signature
                ));
            }
        }
        for case in &self.changed {
            if !case.known && !case.reference_wrong {
                reasons.push(format!(
                    "{} diverges differently: {} -> {}",
                    case.id, case.old, case.new
                ));
            }
        }
        reasons
    }
}

fn git_succeeds(arguments: &[&str]) -> Option<bool> {
    std::process::Command::new("git")
        .args(arguments)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()
        .map(|status| status.success())
}

fn git_toplevel() -> Option<PathBuf> {
    let output = std::process::Command::new("git")
        .args(["rev-parse", "--show-toplevel"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
}

/// Whether the case file at `path` (as the report gives it) existed at `commit`; `None` when
/// git cannot tell (no repository, unknown commit).
fn existed_at(commit: &str, path: &str) -> Option<bool> {
    let file = std::path::Path::new(path);
    let object = if file.is_absolute() {
        let relative = file.strip_prefix(git_toplevel()?).ok()?;
        format!("{commit}:{}", relative.to_string_lossy())
    } else {
        // `./` makes git read the path relative to the current folder, where the run was.
        format!("{commit}:./{path}")
    };
    if git_succeeds(&["cat-file", "-e", &object])? {
        return Some(true);
    }
    git_succeeds(&["cat-file", "-e", &format!("{commit}^{{commit}}")])?.then_some(false)
}

fn history(old: &SavedReport, record: &SavedDivergence) -> Before {
    if old.inconclusive.iter().any(|note| note.id == record.id) {
        return Before::Inconclusive;
    }
    if old
        .skipped
        .iter()
        .chain(&old.malformed_headers)
        .any(|note| note.id == record.id)
    {
        return Before::Skipped;
    }
    match old
        .metadata
        .git_commit
        .as_deref()
        .and_then(|commit| existed_at(commit, &record.path))
    {
        Some(true) => Before::Agreed,
        Some(false) => Before::NotInCorpus,
        None => Before::Unlisted,
    }
}

/// Compares two reports.
pub fn compare_reports(old: &SavedReport, new: &SavedReport) -> RunComparison {
    let old_signatures: BTreeSet<&str> = old
        .divergences
        .iter()
        .map(|record| record.signature.as_str())
        .collect();
    let new_signatures: BTreeSet<&str> = new
        .divergences
        .iter()
        .map(|record| record.signature.as_str())
        .collect();
    let new_buckets = bucket(
        new.divergences
            .iter()
            .filter(|record| !old_signatures.contains(record.signature.as_str())),
    );
    let fixed_buckets = bucket(
        old.divergences
            .iter()
            .filter(|record| !new_signatures.contains(record.signature.as_str())),
    );
    let mut newly_divergent = Vec::new();
    let mut changed = Vec::new();
    for record in &new.divergences {
        match old.divergence_of(&record.id) {
            None => newly_divergent.push(NewlyDivergent {
                id: record.id.clone(),
                signature: record.signature.clone(),
                known: record.known,
                reference_wrong: record.is_reference_wrong(),
                before: history(old, record),
                detail: record.detail.clone(),
            }),
            Some(before) if before.signature != record.signature => {
                changed.push(ChangedSignature {
                    id: record.id.clone(),
                    old: before.signature.clone(),
                    new: record.signature.clone(),
                    known: record.known,
                    reference_wrong: record.is_reference_wrong(),
                })
            }
            Some(_) => {}
        }
    }
    let fixed_cases = old
        .divergences
        .iter()
        .filter(|record| new.divergence_of(&record.id).is_none())
        .map(|record| record.id.clone())
        .collect();
    RunComparison {
        old_engines: old.engine_pair(),
        new_engines: new.engine_pair(),
        new_buckets,
        fixed_buckets,
        newly_divergent,
        changed,
        fixed_cases,
        old_divergent: old.totals.divergent,
        new_divergent: new.totals.divergent,
    }
}

fn bucket_line(bucket: &Bucket) -> String {
    let state = if bucket.is_known() {
        "known"
    } else if bucket.is_regression() {
        "NEW  "
    } else {
        "new, not a regression"
    };
    let verdict = bucket
        .verdict_text()
        .map(|text| format!(" [{text}]"))
        .unwrap_or_default();
    format!(
        "  {} {:>4} case{} {state}{verdict}  e.g. {}: {}",
        bucket.signature,
        bucket.count,
        if bucket.count == 1 { " " } else { "s" },
        bucket.example.id,
        bucket.example.detail
    )
}

/// The comparison as text.
pub fn render(comparison: &RunComparison) -> String {
    let mut text = String::new();
    if comparison.old_engines != comparison.new_engines {
        let _ = writeln!(
            text,
            "warning: the runs used different engines ({} vs {}); signatures depend on them",
            comparison.old_engines, comparison.new_engines
        );
    }
    let _ = writeln!(
        text,
        "divergent cases: {} -> {}",
        comparison.old_divergent, comparison.new_divergent
    );
    let _ = writeln!(text, "new buckets: {}", comparison.new_buckets.len());
    for bucket in &comparison.new_buckets {
        let _ = writeln!(text, "{}", bucket_line(bucket));
    }
    let _ = writeln!(text, "fixed buckets: {}", comparison.fixed_buckets.len());
    for bucket in &comparison.fixed_buckets {
        let _ = writeln!(text, "{}", bucket_line(bucket));
    }
    let _ = writeln!(
        text,
        "cases diverging now that did not before: {}",
        comparison.newly_divergent.len()
    );
    for case in &comparison.newly_divergent {
        let before = match case.before {
            Before::Agreed => "agreed before",
            Before::NotInCorpus => "new case",
            Before::Unlisted => "agreed before or new",
            Before::Inconclusive => "inconclusive before",
            Before::Skipped => "skipped before",
        };
        let _ = writeln!(
            text,
            "  {} [{}] {}{}{}: {}",
            case.id,
            case.signature,
            before,
            if case.known { ", known" } else { "" },
            if case.reference_wrong {
                ", reference wrong (real Redis agrees with Ferrous)"
            } else {
                ""
            },
            case.detail
        );
    }
    if !comparison.changed.is_empty() {
        let _ = writeln!(
            text,
            "cases diverging differently: {}",
            comparison.changed.len()
        );
        for case in &comparison.changed {
            let _ = writeln!(text, "  {} {} -> {}", case.id, case.old, case.new);
        }
    }
    let _ = writeln!(text, "cases fixed: {}", comparison.fixed_cases.len());
    for id in &comparison.fixed_cases {
        let _ = writeln!(text, "  {id}");
    }
    let regressions = comparison.regressions();
    if regressions.is_empty() {
        let _ = writeln!(text, "verdict: no regression");
    } else {
        let _ = writeln!(text, "verdict: REGRESSION");
        for reason in regressions {
            let _ = writeln!(text, "  {reason}");
        }
    }
    text
}

/// Exit code: 0 without regression, 1 with one.
pub fn run(args: &CompareArgs) -> Result<u8, TriageError> {
    let old = SavedReport::load(&args.old)?;
    let new = SavedReport::load(&args.new)?;
    let comparison = compare_reports(&old, &new);
    println!("compare {} -> {}", args.old.display(), args.new.display());
    print!("{}", render(&comparison));
    Ok(if comparison.regressions().is_empty() {
        0
    } else {
        1
    })
}
