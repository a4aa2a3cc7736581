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
use crate::report::{build_report, write_report, Metadata};
use crate::runner::{CaseResult, Verdict};
use crate::shard::{Partition, Shard, ShardInfo};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
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
    /// Run only this shard's range of the programs.
    pub shard: Option<Shard>,
}

/// Runs the generated programs of `request` on `engines`, saves the divergent ones and writes
/// the report.
pub fn run_generated(
    request: &GeneratedRunRequest,
    engines: [Arc<dyn Engine>; 2],
) -> Result<RunResult, BenchError> {
    let indices = request
        .shard
        .map_or(0..request.count, |shard| shard.index_range(request.count));
    let entries: Vec<Entry> = indices
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
    let settings = ReportedRun {
        known: &request.known,
        report: &request.report,
        save_dir: &request.save_dir,
        jobs: request.jobs,
        progress: request.progress,
        shard: request
            .shard
            .map(|shard| ShardInfo::new(shard, Partition::SeedRange, request.count)),
    };
    run_and_report(&entries, engines, &settings, profile, corpus)
}

/// Where a run of cases made up by the bench (generated programs, sweeps) reads and writes.
#[derive(Debug, Clone, Copy)]
pub struct ReportedRun<'a> {
    pub known: &'a Path,
    pub report: &'a Path,
    /// Where divergent cases are saved (their `path`s lie there).
    pub save_dir: &'a Path,
    pub jobs: usize,
    pub progress: ProgressMode,
    /// The part of a sharded run these entries are, recorded in the report.
    pub shard: Option<ShardInfo>,
}

/// Runs `entries` (cases made up by the bench) on `engines`, saves the divergent ones and
/// writes the report (also on an interrupt); `corpus` describes where the cases came from.
pub fn run_and_report(
    entries: &[Entry],
    engines: [Arc<dyn Engine>; 2],
    settings: &ReportedRun<'_>,
    profile: Profile,
    corpus: String,
) -> Result<RunResult, BenchError> {
    let known = KnownDivergences::load(settings.known)?;
    let report_error = |source| BenchError::ReportPath {
        path: settings.report.to_path_buf(),
        source,
    };
    let log = Arc::new(open_progress_log(settings.report)?);
    let _watch = {
        let (engines, corpus, jobs, shard) = (
            engines.clone(),
            corpus.clone(),
            settings.jobs,
            settings.shard,
        );
        write_report_on_interrupt(
            &log,
            settings.report,
            settings.save_dir,
            move |timing, cases| Metadata {
                shard,
                ..run_metadata(&engines, profile, corpus, None, jobs, timing, cases)
            },
        )
    };
    let (results, timing) = run_logged(
        entries,
        &engines,
        &known,
        settings.jobs,
        settings.progress,
        &log,
    )
    .map_err(|e| e.or_report(settings.report))?;
    save_divergent(entries, &results, settings.save_dir).map_err(|source| {
        BenchError::ReportPath {
            path: settings.save_dir.to_path_buf(),
            source,
        }
    })?;
    let metadata = Metadata {
        shard: settings.shard,
        ..run_metadata(
            &engines,
            profile,
            corpus,
            None,
            settings.jobs,
            &timing,
            results.len(),
        )
    };
    // The save folder is the "corpus" of the reproduce commands: `show` then names the chunk
    // as the run did.
    let report = build_report(metadata, settings.save_dir, &results);
    write_report(settings.report, &report).map_err(report_error)?;
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
