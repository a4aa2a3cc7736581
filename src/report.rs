//! The JSON report (`reports/conformance.json`) and the progress log next to it.
//!
//! The report is written atomically: into a temporary file in the same folder, synced, then
//! renamed over the target, so readers never see half a report. While a run goes on, every
//! finished case is appended (and flushed) as one JSON line to `<report stem>.partial.jsonl`, so
//! an interrupted run keeps everything already done. The schema is documented in
//! `reports/README.md`.

use crate::arbitration::Ruling;
use crate::corpus::folder_of;
use crate::diff::{Category, Divergence};
use crate::engine::Profile;
use crate::outcome::Outcome;
use crate::report_lock::ReportLock;
use crate::runner::{CaseResult, Verdict};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub const SCHEMA_VERSION: u64 = 2;

/// Older schema versions `compare` and the nightly job still read (version 1 had no
/// arbitration).
pub const READABLE_SCHEMA_VERSIONS: [u64; 2] = [1, 2];

#[derive(Debug, Clone, Serialize)]
pub struct EngineInfo {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Host {
    pub hostname: String,
    pub os: String,
    pub arch: String,
    pub cpus: usize,
}

impl Host {
    pub fn current() -> Host {
        let hostname = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|name| name.trim().to_string())
            .unwrap_or_else(|_| "unknown".to_string());
        Host {
            hostname,
            os: std::env::consts::OS.to_string(),
            arch: std::env::consts::ARCH.to_string(),
            cpus: crate::runner::default_jobs(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Metadata {
    pub tool_version: String,
    /// `git rev-parse HEAD` of the working directory, when it is a git checkout.
    pub git_commit: Option<String>,
    /// Left engine first.
    pub engines: Vec<EngineInfo>,
    pub profile: Profile,
    pub corpus: String,
    pub filter: Option<String>,
    pub jobs: usize,
    /// UTC, RFC 3339.
    pub started_at: String,
    pub duration_seconds: f64,
    pub cases_per_second: f64,
    pub host: Host,
    /// Who arbitrated redis-profile divergences (`redis-server <version>`), or
    /// `unavailable: <why>`; `None` when arbitration did not apply to the run.
    pub arbiter: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    /// Corpus entries considered (after `--filter`), whatever became of them.
    pub cases: usize,
    pub agree: usize,
    /// Divergent cases of every category.
    pub divergent: usize,
    /// Divergent cases per category (every category present).
    pub diverge: BTreeMap<&'static str, usize>,
    pub inconclusive: usize,
    /// Cases where at least one engine crashed (also counted in `diverge.crash`).
    pub crashes: usize,
    pub known: usize,
    /// Divergent cases neither known nor ruled `reference-wrong`: the ones that fail a run.
    pub new: usize,
    /// Divergent cases not known where real Redis agrees with the engine under test.
    pub reference_wrong: usize,
    /// Arbitrated divergent cases per ruling (every ruling present).
    pub arbitrated: BTreeMap<&'static str, usize>,
    pub skipped: usize,
    pub malformed_header: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct FolderTotals {
    pub cases: usize,
    pub agree: usize,
    pub divergent: usize,
    pub new: usize,
    pub inconclusive: usize,
    pub skipped: usize,
    pub malformed_header: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcomes {
    pub left: Outcome,
    pub right: Outcome,
}

#[derive(Debug, Clone, Serialize)]
pub struct DivergenceRecord {
    pub id: String,
    pub path: String,
    #[serde(flatten)]
    pub divergence: Divergence,
    pub known: bool,
    pub known_reason: Option<String>,
    pub outcomes: Outcomes,
    pub reproduce: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotedCase {
    pub id: String,
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u64,
    /// The run was stopped by SIGINT: the report holds only the cases that finished.
    pub interrupted: bool,
    pub metadata: Metadata,
    pub totals: Totals,
    pub folders: BTreeMap<String, FolderTotals>,
    pub divergences: Vec<DivergenceRecord>,
    pub inconclusive: Vec<NotedCase>,
    pub skipped: Vec<NotedCase>,
    pub malformed_headers: Vec<NotedCase>,
}

/// Adds up results into totals, overall and per first-level corpus folder.
pub fn tally(results: &[CaseResult]) -> (Totals, BTreeMap<String, FolderTotals>) {
    let mut totals = Totals {
        diverge: Category::ALL
            .iter()
            .map(|category| (category.name(), 0))
            .collect(),
        arbitrated: Ruling::ALL
            .iter()
            .map(|ruling| (ruling.name(), 0))
            .collect(),
        ..Totals::default()
    };
    let mut folders: BTreeMap<String, FolderTotals> = BTreeMap::new();
    for result in results {
        let folder = folders
            .entry(folder_of(&result.id).to_string())
            .or_default();
        totals.cases += 1;
        folder.cases += 1;
        match &result.verdict {
            Verdict::Agree => {
                totals.agree += 1;
                folder.agree += 1;
            }
            Verdict::Inconclusive { .. } => {
                totals.inconclusive += 1;
                folder.inconclusive += 1;
            }
            Verdict::Diverge {
                divergence,
                known_reason,
            } => {
                totals.divergent += 1;
                folder.divergent += 1;
                *totals
                    .diverge
                    .entry(divergence.category.name())
                    .or_default() += 1;
                if divergence.category == Category::Crash {
                    totals.crashes += 1;
                }
                let ruling = divergence
                    .arbitration
                    .as_ref()
                    .map(|arbitration| arbitration.verdict);
                if let Some(ruling) = ruling {
                    *totals.arbitrated.entry(ruling.name()).or_default() += 1;
                }
                if known_reason.is_some() {
                    totals.known += 1;
                } else if ruling == Some(Ruling::ReferenceWrong) {
                    totals.reference_wrong += 1;
                } else {
                    totals.new += 1;
                    folder.new += 1;
                }
            }
            Verdict::Skipped { .. } => {
                totals.skipped += 1;
                folder.skipped += 1;
            }
            Verdict::MalformedHeader { .. } => {
                totals.malformed_header += 1;
                folder.malformed_header += 1;
            }
        }
    }
    (totals, folders)
}

/// Quotes `text` for a POSIX shell when it needs it.
pub fn shell_quote(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | ',' | ':' | '+'));
    if plain && !text.is_empty() {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// The command that reproduces one case.
pub fn reproduce_command(path: &Path, corpus: &Path, engines: &[EngineInfo]) -> String {
    let names: Vec<&str> = engines.iter().map(|engine| engine.name.as_str()).collect();
    format!(
        "ferrous-conformance show {} --corpus {} --engines {}",
        shell_quote(&path.to_string_lossy()),
        shell_quote(&corpus.to_string_lossy()),
        shell_quote(&names.join(","))
    )
}

/// Builds the report of a finished (or interrupted) run.
pub fn build_report(metadata: Metadata, corpus: &Path, results: &[CaseResult]) -> Report {
    let (totals, folders) = tally(results);
    let noted = |result: &CaseResult, reason: &str| NotedCase {
        id: result.id.clone(),
        path: result.path.to_string_lossy().into_owned(),
        reason: reason.to_string(),
    };
    let mut divergences = Vec::new();
    let mut inconclusive = Vec::new();
    let mut skipped = Vec::new();
    let mut malformed_headers = Vec::new();
    for result in results {
        match &result.verdict {
            Verdict::Agree => {}
            Verdict::Inconclusive { reason } => inconclusive.push(noted(result, reason)),
            Verdict::Skipped { reason } => skipped.push(noted(result, reason)),
            Verdict::MalformedHeader { message } => malformed_headers.push(noted(result, message)),
            Verdict::Diverge {
                divergence,
                known_reason,
            } => {
                let Some(outcomes) = &result.outcomes else {
                    continue;
                };
                divergences.push(DivergenceRecord {
                    id: result.id.clone(),
                    path: result.path.to_string_lossy().into_owned(),
                    divergence: divergence.clone(),
                    known: known_reason.is_some(),
                    known_reason: known_reason.clone(),
                    outcomes: Outcomes {
                        left: outcomes.0.clone(),
                        right: outcomes.1.clone(),
                    },
                    reproduce: reproduce_command(&result.path, corpus, &metadata.engines),
                });
            }
        }
    }
    Report {
        schema_version: SCHEMA_VERSION,
        interrupted: false,
        metadata,
        totals,
        folders,
        divergences,
        inconclusive,
        skipped,
        malformed_headers,
    }
}

/// Writes `bytes` to `path` atomically (temporary file in the same folder, then rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the report path has no file name"))?;
    let temporary = folder.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        // Best effort: a leftover temporary file is harmless but untidy.
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

pub fn write_report(path: &Path, report: &Report) -> std::io::Result<()> {
    let mut json = serde_json::to_vec_pretty(report).map_err(std::io::Error::other)?;
    json.push(b'\n');
    write_atomically(path, &json)
}

/// Where the progress log of the report at `report` goes.
pub fn progress_log_path(report: &Path) -> PathBuf {
    let stem = report
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "conformance".to_string());
    report.with_file_name(format!("{stem}.partial.jsonl"))
}

/// One line of the progress log.
#[derive(Serialize)]
struct LogLine<'a> {
    id: &'a str,
    path: String,
    verdict: &'static str,
    detail: Option<String>,
    signature: Option<&'a str>,
    known: bool,
    elapsed_seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcomes: Option<Outcomes>,
}

/// Appends one JSON line per finished case and flushes it at once; keeps the finished results
/// (for the report of an interrupted run) and the report's lock while the run goes on.
pub struct ProgressLog {
    file: Mutex<std::fs::File>,
    finished: Mutex<Vec<CaseResult>>,
    lock: ReportLock,
}

impl ProgressLog {
    /// Creates (truncates) the log of the run holding `lock`; failing here means the report
    /// folder is not writable.
    pub fn create(path: &Path, lock: ReportLock) -> std::io::Result<ProgressLog> {
        Ok(ProgressLog {
            file: Mutex::new(std::fs::File::create(path)?),
            finished: Mutex::new(Vec::new()),
            lock,
        })
    }

    /// The cases recorded so far, by id.
    pub fn finished(&self) -> Vec<CaseResult> {
        let mut results = self
            .finished
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        results.sort_by(|a, b| a.id.cmp(&b.id));
        results
    }

    /// Releases the report's lock now, for a run about to exit without unwinding.
    pub fn release_lock(&self) {
        self.lock.release();
    }

    pub fn record(&self, result: &CaseResult) -> std::io::Result<()> {
        self.finished
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(result.clone());
        let (verdict, detail, signature, known) = match &result.verdict {
            Verdict::Agree => ("agree", None, None, false),
            Verdict::Inconclusive { reason } => ("inconclusive", Some(reason.clone()), None, false),
            Verdict::Skipped { reason } => ("skipped", Some(reason.clone()), None, false),
            Verdict::MalformedHeader { message } => {
                ("malformed-header", Some(message.clone()), None, false)
            }
            Verdict::Diverge {
                divergence,
                known_reason,
            } => (
                divergence.category.name(),
                Some(divergence.detail.clone()),
                Some(divergence.signature.as_str()),
                known_reason.is_some(),
            ),
        };
        let outcomes = match (&result.verdict, &result.outcomes) {
            (Verdict::Diverge { .. }, Some(outcomes)) => Some(Outcomes {
                left: outcomes.0.clone(),
                right: outcomes.1.clone(),
            }),
            _ => None,
        };
        let line = LogLine {
            id: &result.id,
            path: result.path.to_string_lossy().into_owned(),
            verdict,
            detail,
            signature,
            known,
            elapsed_seconds: result.elapsed.as_secs_f64(),
            outcomes,
        };
        let mut text = serde_json::to_vec(&line).map_err(std::io::Error::other)?;
        text.push(b'\n');
        let mut file = self
            .file
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        file.write_all(&text)?;
        file.flush()
    }
}

/// `git rev-parse HEAD` in the current folder, if git and a checkout are there.
pub fn git_commit() -> Option<String> {
    let output = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .filter(|commit| !commit.is_empty())
}

/// `time` as an RFC 3339 UTC timestamp with seconds.
pub fn rfc3339(time: SystemTime) -> String {
    let seconds = time
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let days = (seconds / 86_400) as i64;
    let of_day = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

/// Gregorian date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let leap_day = UNIX_EPOCH + Duration::from_secs(951_782_400 + 3_661);
        assert_eq!(rfc3339(leap_day), "2000-02-29T01:01:01Z");
    }

    #[test]
    fn shell_quoting_keeps_plain_paths() {
        assert_eq!(shell_quote("corpus/a.lua"), "corpus/a.lua");
        assert_eq!(shell_quote("it's here.lua"), r"'it'\''s here.lua'");
    }

    #[test]
    fn progress_log_sits_next_to_the_report() {
        assert_eq!(
            progress_log_path(Path::new("reports/conformance.json")),
            PathBuf::from("reports/conformance.partial.jsonl")
        );
    }
}
