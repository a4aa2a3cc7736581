//! `run --generated N --seed S`: generated programs on two engines, with the corpus run's
//! report schema. Every divergent program is saved as `<save dir>/gen-<seed>.lua`, a
//! standalone file that `ferrous-conformance show` reproduces.

use super::features::{Feature, FeatureSet};
use super::{case_for, file_name, from_seed, program_seed};
use crate::bench::{
    open_progress_log, run_logged, run_metadata, write_report_on_interrupt, RunResult,
};
use crate::corpus::Entry;
use crate::engine::{Engine, Profile};
use crate::error::BenchError;
use crate::known::KnownDivergences;
use crate::progress::ProgressMode;
use crate::report::{build_report, write_report};
use crate::runner::{CaseResult, Verdict};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

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
    let log = Arc::new(open_progress_log(&request.report)?);
    let profile = if request.allowed.contains(Feature::Redis) {
        Profile::Redis
    } else {
        Profile::Lua51
    };
    let corpus = format!(
        "generated: seeds {}..{} (saved to {})",
        request.seed,
        program_seed(request.seed, request.count),
        request.save_dir.display()
    );
    let _watch = {
        let (engines, corpus, jobs) = (engines.clone(), corpus.clone(), request.jobs);
        write_report_on_interrupt(
            &log,
            &request.report,
            &request.save_dir,
            move |timing, cases| run_metadata(&engines, profile, corpus, None, jobs, timing, cases),
        )
    };

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

    let (results, timing) = run_logged(
        &entries,
        &engines,
        &known,
        request.jobs,
        request.progress,
        &log,
    )
    .map_err(|e| e.or_report(&request.report))?;
    save_divergent(&entries, &results, &request.save_dir).map_err(|source| {
        BenchError::ReportPath {
            path: request.save_dir.clone(),
            source,
        }
    })?;
    let metadata = run_metadata(
        &engines,
        profile,
        corpus,
        None,
        request.jobs,
        &timing,
        results.len(),
    );
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
