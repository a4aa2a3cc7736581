//! `run --generated N --seed S`: generated programs on two engines, with the corpus run's
//! report schema. Every divergent program is saved as `<save dir>/gen-<seed>.lua`, a
//! standalone file that `ferrous-conformance show` reproduces.

use super::features::{Feature, FeatureSet};
use super::{case_for, file_name, from_seed, program_seed};
use crate::bench::RunResult;
use crate::corpus::Entry;
use crate::engine::{Engine, Profile};
use crate::error::BenchError;
use crate::known::KnownDivergences;
use crate::progress::{Progress, ProgressMode};
use crate::report::{
    build_report, git_commit, progress_log_path, rfc3339, write_report, EngineInfo, Host, Metadata,
    ProgressLog,
};
use crate::runner::{run_all, CaseResult, Verdict};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// Folder (first part of the case id) generated cases are reported under.
pub const CASE_FOLDER: &str = "generated";

/// Everything a generated run needs besides the engines.
#[derive(Debug, Clone)]
pub struct GeneratedRunRequest {
    /// Seed of the first program; program `i` uses `seed + i`.
    pub seed: u64,
    pub count: u64,
    /// Features programs draw from.
    pub allowed: FeatureSet,
    /// Where divergent programs are saved.
    pub save_dir: PathBuf,
    pub report: PathBuf,
    pub known: PathBuf,
    pub jobs: usize,
    /// Overrides the default wall clock of every case.
    pub wall_clock: Option<Duration>,
    pub progress: ProgressMode,
}

/// Runs the generated programs of `request` on `engines`, saves the divergent ones and writes
/// the report.
pub fn run_generated(
    request: &GeneratedRunRequest,
    engines: [Arc<dyn Engine>; 2],
) -> Result<RunResult, BenchError> {
    let known = KnownDivergences::load(&request.known)?;
    let report_error = |source| BenchError::ReportPath {
        path: request.report.clone(),
        source,
    };
    if let Some(parent) = request
        .report
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(report_error)?;
    }
    let log = ProgressLog::create(&progress_log_path(&request.report)).map_err(report_error)?;

    let entries: Vec<Entry> = (0..request.count)
        .into_par_iter()
        .map(|index| {
            let seed = program_seed(request.seed, index);
            let name = file_name(seed);
            let mut case = case_for(&from_seed(seed, request.allowed), &name);
            case.id = format!("{CASE_FOLDER}/{}", case.id);
            case.path = request.save_dir.join(&name);
            if let Some(wall_clock) = request.wall_clock {
                case.limits.wall_clock = wall_clock;
            }
            Entry::Runnable(case)
        })
        .collect();

    let started_at = SystemTime::now();
    let started = Instant::now();
    let progress = Progress::new(entries.len(), request.progress);
    let log_failure: Mutex<Option<std::io::Error>> = Mutex::new(None);
    let on_result = |result: &CaseResult| {
        progress.case_done(result);
        if let Err(error) = log.record(result) {
            let mut failure = log_failure
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            failure.get_or_insert(error);
        }
    };
    let results = run_all(&entries, &engines, &known, request.jobs, &on_result)?;
    progress.finish();
    if let Some(error) = log_failure
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
    {
        return Err(report_error(error));
    }
    save_divergent(&entries, &results, &request.save_dir).map_err(|source| {
        BenchError::ReportPath {
            path: request.save_dir.clone(),
            source,
        }
    })?;

    let duration = started.elapsed().as_secs_f64();
    let metadata = Metadata {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        git_commit: git_commit(),
        engines: engines
            .iter()
            .map(|engine| EngineInfo {
                name: engine.name().to_string(),
                version: engine.version(),
            })
            .collect(),
        profile: if request.allowed.contains(Feature::Redis) {
            Profile::Redis
        } else {
            Profile::Lua51
        },
        corpus: format!(
            "generated: seeds {}..{} (saved to {})",
            request.seed,
            program_seed(request.seed, request.count),
            request.save_dir.display()
        ),
        filter: None,
        jobs: request.jobs,
        started_at: rfc3339(started_at),
        duration_seconds: duration,
        cases_per_second: if duration > 0.0 {
            results.len() as f64 / duration
        } else {
            0.0
        },
        host: Host::current(),
    };
    // The save folder is the "corpus" of the reproduce commands: `show` then names the chunk
    // `gen-<seed>.lua`, as the run did.
    let report = build_report(metadata, &request.save_dir, &results);
    write_report(&request.report, &report).map_err(report_error)?;
    Ok(RunResult { report, results })
}

/// Writes the source of every divergent case to its path.
fn save_divergent(
    entries: &[Entry],
    results: &[CaseResult],
    folder: &std::path::Path,
) -> std::io::Result<()> {
    let mut created = false;
    for (entry, result) in entries.iter().zip(results) {
        let (Entry::Runnable(case), Verdict::Diverge { .. }) = (entry, &result.verdict) else {
            continue;
        };
        if !created {
            std::fs::create_dir_all(folder)?;
            created = true;
        }
        std::fs::write(&case.path, &case.source)?;
    }
    Ok(())
}
