//! A whole bench run: load the corpus, run it on two engines, write the report.

use crate::arbitration::{arbiter_for, Availability};
use crate::corpus::{discover, load, Entry, LoadOptions};
use crate::engine::{Engine, Limits, Profile};
use crate::engines::{by_name, RUN_IN_WORKERS};
use crate::error::BenchError;
use crate::interrupt::{on_interrupt, Watch, INTERRUPTED_EXIT_CODE};
use crate::known::KnownDivergences;
use crate::progress::{Progress, ProgressMode};
use crate::report::{
    build_report, git_commit, progress_log_path, rfc3339, write_report, EngineInfo, Host, Metadata,
    ProgressLog, Report,
};
use crate::report_lock::ReportLock;
use crate::runner::{run_all, CaseResult};
use crate::summary::render_summary;
use crate::workers::process::ProcessEngine;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// Everything a `run` needs besides the engines.
#[derive(Debug, Clone)]
pub struct RunRequest {
    pub corpus: PathBuf,
    pub profile: Profile,
    pub report: PathBuf,
    /// The known-divergence list; `<corpus>/known-divergences.json` when `None`.
    pub known: Option<PathBuf>,
    pub jobs: usize,
    /// Only cases whose path or id contains this.
    pub filter: Option<String>,
    /// Overrides the default wall clock of every case.
    pub wall_clock: Option<Duration>,
    pub progress: ProgressMode,
}

/// A finished run.
#[derive(Debug)]
pub struct RunResult {
    pub report: Report,
    pub results: Vec<CaseResult>,
}

impl RunResult {
    /// 2 when a case header is malformed (the case left the gate), else 0 when every
    /// divergence is known, 1 on any new divergence or any crash.
    pub fn exit_code(&self) -> i32 {
        let totals = &self.report.totals;
        if totals.malformed_header > 0 {
            2
        } else if totals.new > 0 || totals.crashes > 0 {
            1
        } else {
            0
        }
    }

    /// One line per case that makes the run a usage error: `path: message`.
    pub fn input_errors(&self) -> Vec<String> {
        self.report
            .malformed_headers
            .iter()
            .map(|case| format!("{}: {}", case.path, case.reason))
            .collect()
    }
}

/// The two engines named in `list` (`a,b`), left first.
pub fn resolve_engines(list: &str) -> Result<[Arc<dyn Engine>; 2], BenchError> {
    let names: Vec<&str> = list.split(',').map(str::trim).collect();
    let [left, right] = names.as_slice() else {
        return Err(BenchError::EngineCount { count: names.len() });
    };
    Ok([Arc::from(by_name(left)?), Arc::from(by_name(right)?)])
}

/// `engines` with those of [`RUN_IN_WORKERS`] moved into pools of worker processes of the
/// bench binary `program`.
pub fn in_worker_processes(engines: [Arc<dyn Engine>; 2], program: &Path) -> [Arc<dyn Engine>; 2] {
    engines.map(|engine| {
        if RUN_IN_WORKERS.contains(&engine.name()) {
            Arc::new(ProcessEngine::of_registry_engine(engine.as_ref(), program)) as Arc<dyn Engine>
        } else {
            engine
        }
    })
}

/// The running bench binary, which worker processes are started from.
pub fn this_program() -> Result<PathBuf, BenchError> {
    std::env::current_exe().map_err(|error| BenchError::Pool {
        reason: format!("cannot find the bench binary to start workers from: {error}"),
    })
}

fn case_limits(request: &RunRequest) -> Limits {
    let defaults = Limits::default();
    Limits {
        wall_clock: request.wall_clock.unwrap_or(defaults.wall_clock),
        ..defaults
    }
}

/// Runs the corpus of `request` on `engines` and writes the report.
pub fn run_bench(
    request: &RunRequest,
    engines: [Arc<dyn Engine>; 2],
) -> Result<RunResult, BenchError> {
    let relative_paths = discover(&request.corpus)?;
    let known = match &request.known {
        Some(path) => KnownDivergences::load_named(path)?,
        None => KnownDivergences::load(&request.corpus.join("known-divergences.json"))?,
    };
    let report_error = |source| BenchError::ReportPath {
        path: request.report.clone(),
        source,
    };
    let log = Arc::new(open_progress_log(&request.report)?);

    let options = LoadOptions {
        profile: request.profile,
        limits: case_limits(request),
    };
    let entries: Vec<Entry> = relative_paths
        .iter()
        .filter(|relative| match request.filter.as_deref() {
            None => true,
            Some(filter) => {
                request
                    .corpus
                    .join(relative)
                    .to_string_lossy()
                    .contains(filter)
                    || crate::corpus::case_id(relative).contains(filter)
            }
        })
        .map(|relative| load(&request.corpus, relative, &options))
        .collect();
    refuse_empty_run(request, relative_paths.len(), &entries)?;
    let _watch = {
        let engines = engines.clone();
        let (profile, filter, jobs) = (request.profile, request.filter.clone(), request.jobs);
        let corpus = request.corpus.to_string_lossy().into_owned();
        write_report_on_interrupt(
            &log,
            &request.report,
            &request.corpus,
            move |timing, cases| {
                run_metadata(&engines, profile, corpus, filter, jobs, timing, cases)
            },
        )
    };

    let (results, timing) = run_logged(
        &entries,
        &engines,
        &known,
        request.jobs,
        request.progress,
        &log,
    )
    .map_err(|e| e.or_report(&request.report))?;
    let metadata = run_metadata(
        &engines,
        request.profile,
        request.corpus.to_string_lossy().into_owned(),
        request.filter.clone(),
        request.jobs,
        &timing,
        results.len(),
    );
    let report = build_report(metadata, &request.corpus, &results);
    write_report(&request.report, &report).map_err(report_error)?;
    Ok(RunResult { report, results })
}

/// A run that would test nothing is a usage error, not a green run.
fn refuse_empty_run(
    request: &RunRequest,
    discovered: usize,
    entries: &[Entry],
) -> Result<(), BenchError> {
    let reason = if discovered == 0 {
        "the corpus holds no .lua case".to_string()
    } else if entries.is_empty() {
        format!(
            "--filter '{}' matches none of the {discovered} cases",
            request.filter.as_deref().unwrap_or_default()
        )
    } else if !entries
        .iter()
        .any(|entry| matches!(entry, Entry::Runnable(_) | Entry::MalformedHeader { .. }))
    {
        format!(
            "none of the {} selected cases runs under the {} profile",
            entries.len(),
            request.profile.name()
        )
    } else {
        return Ok(());
    };
    Err(BenchError::NothingToRun {
        corpus: request.corpus.clone(),
        reason,
    })
}

/// When a run started and how long it took, and who arbitrated its redis divergences.
pub struct RunTiming {
    started_at: SystemTime,
    duration_seconds: f64,
    arbiter: Option<String>,
}

/// Why [`run_logged`] failed: a bench error, or the progress log could not be written.
pub enum RunFailure {
    Bench(BenchError),
    Log(std::io::Error),
}

impl RunFailure {
    /// The bench error, naming `report` when the progress log (kept beside it) failed.
    pub fn or_report(self, report: &std::path::Path) -> BenchError {
        match self {
            RunFailure::Bench(error) => error,
            RunFailure::Log(source) => BenchError::ReportPath {
                path: report.to_path_buf(),
                source,
            },
        }
    }
}

/// Runs `entries` on `engines` in parallel, showing progress and recording each result in the
/// progress log as it finishes (so an interrupted run keeps what it had).
pub fn run_logged(
    entries: &[Entry],
    engines: &[Arc<dyn Engine>; 2],
    known: &KnownDivergences,
    jobs: usize,
    progress_mode: ProgressMode,
    log: &ProgressLog,
) -> Result<(Vec<CaseResult>, RunTiming), RunFailure> {
    let started_at = SystemTime::now();
    let started = Instant::now();
    let progress = Progress::new(entries.len(), progress_mode);
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
    let mut results =
        run_all(entries, engines, known, jobs, &on_result).map_err(RunFailure::Bench)?;
    progress.finish();
    let arbitration = arbiter_for(engines, entries);
    if let Availability::Ready(arbiter) = &arbitration {
        arbiter.arbitrate_all(entries, &mut results);
    }
    if let Some(error) = log_failure
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
    {
        return Err(RunFailure::Log(error));
    }
    let timing = RunTiming {
        started_at,
        duration_seconds: started.elapsed().as_secs_f64(),
        arbiter: arbitration.describe(),
    };
    Ok((results, timing))
}

/// The report metadata of a finished run.
pub fn run_metadata(
    engines: &[Arc<dyn Engine>; 2],
    profile: Profile,
    corpus: String,
    filter: Option<String>,
    jobs: usize,
    timing: &RunTiming,
    cases: usize,
) -> Metadata {
    let duration = timing.duration_seconds;
    Metadata {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        git_commit: git_commit(),
        engines: engines
            .iter()
            .map(|engine| EngineInfo {
                name: engine.name().to_string(),
                version: engine.version(),
            })
            .collect(),
        profile,
        corpus,
        filter,
        jobs,
        started_at: rfc3339(timing.started_at),
        duration_seconds: duration,
        cases_per_second: if duration > 0.0 {
            cases as f64 / duration
        } else {
            0.0
        },
        host: Host::current(),
        arbiter: timing.arbiter.clone(),
    }
}

/// Takes the report's lock, removes an earlier report at its path, and creates the report's
/// folder and the progress log beside the report.
pub fn open_progress_log(report: &std::path::Path) -> Result<ProgressLog, BenchError> {
    let report_error = |source| BenchError::ReportPath {
        path: report.to_path_buf(),
        source,
    };
    if let Some(parent) = report
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(report_error)?;
    }
    let lock = ReportLock::acquire(report)?;
    // An earlier run's report must not look like this run's if this one ends without writing.
    match std::fs::remove_file(report) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            return Err(report_error(error))
        }
        _ => {}
    }
    ProgressLog::create(&progress_log_path(report), lock).map_err(report_error)
}

/// Watches for Ctrl-C during a run logged in `log`: then the report at `report` is written from
/// the finished cases (marked interrupted, with the metadata `metadata_of` gives for the
/// timing and the number of cases), the summary printed, and the process ended.
pub fn write_report_on_interrupt(
    log: &Arc<ProgressLog>,
    report: &Path,
    corpus: &Path,
    metadata_of: impl FnOnce(&RunTiming, usize) -> Metadata + Send + 'static,
) -> Watch {
    let log = Arc::clone(log);
    let report = report.to_path_buf();
    let corpus = corpus.to_path_buf();
    let started_at = SystemTime::now();
    on_interrupt(move || {
        let results = log.finished();
        let timing = RunTiming {
            started_at,
            duration_seconds: started_at.elapsed().unwrap_or_default().as_secs_f64(),
            arbiter: None,
        };
        let mut final_report = build_report(metadata_of(&timing, results.len()), &corpus, &results);
        final_report.interrupted = true;
        print!("{}", render_summary(&final_report));
        match write_report(&report, &final_report) {
            Ok(()) => println!(
                "interrupted: report of the {} finished cases: {}",
                results.len(),
                report.display()
            ),
            Err(error) => eprintln!(
                "ferrous-conformance: interrupted; cannot write {}: {error}",
                report.display()
            ),
        }
        log.release_lock();
        crate::redis::server_process::stop_all();
        std::process::exit(INTERRUPTED_EXIT_CODE)
    })
}
