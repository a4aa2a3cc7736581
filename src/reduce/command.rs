//! `ferrous-conformance reduce CASE [--out FILE]`: the reducer on the command line.

use super::oracle::Isolation;
use super::{reduce, script_size, ReduceOptions, Reduction};
use crate::bench::resolve_engines;
use crate::corpus::{load_single, LoadOptions};
use crate::engine::{Case, Limits, Profile};
use crate::report::shell_quote;
use crate::triage_error::TriageError;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, clap::Args)]
pub struct ReduceArgs {
    /// The divergent case (a `.lua` file).
    pub case: PathBuf,
    /// Where to write the reduced script [default: reports/reduced/<case id>.lua].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Corpus root, for the chunk name (`@<path relative to it>`).
    #[arg(long, default_value = "corpus")]
    pub corpus: PathBuf,
    /// The two engines, left first, as in the run that found the divergence.
    #[arg(long, default_value = "ferrous,reference")]
    pub engines: String,
    /// Keep this signature (refuse to start if the case shows another one).
    #[arg(long)]
    pub signature: Option<String>,
    /// Candidates tried in parallel [default: all cores].
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Seconds for the whole search; the best script so far is kept when they run out.
    #[arg(long, default_value_t = 300.0)]
    pub time_limit: f64,
    /// Seconds after which one engine run of a candidate is abandoned.
    #[arg(long, default_value_t = 5.0)]
    pub wall_clock: f64,
    /// Times the result is re-run to tell deterministic from flaky.
    #[arg(long, default_value_t = 5)]
    pub confirmations: usize,
}

/// Seconds from the command line as a duration.
pub fn seconds(value: f64, option: &str) -> Result<Duration, TriageError> {
    Duration::try_from_secs_f64(value)
        .ok()
        .filter(|duration| !duration.is_zero())
        .ok_or_else(|| {
            TriageError::Refused(format!(
                "{option}: {value} is not a positive number of seconds"
            ))
        })
}

/// Loads a case given on the command line, as `show` does.
pub fn load_case(path: &Path, corpus: &Path, wall_clock: Duration) -> Result<Case, TriageError> {
    let options = LoadOptions {
        profile: Profile::Lua51,
        limits: Limits {
            wall_clock,
            ..Limits::default()
        },
    };
    let case = load_single(path, corpus, &options)?;
    if case.profile == Profile::Redis {
        // Candidates run in a child that knows only Lua 5.1 cases (no data set, KEYS, ARGV).
        return Err(TriageError::Refused(format!(
            "{}: reducing redis-profile cases is not supported yet",
            path.display()
        )));
    }
    Ok(case)
}

/// The default place of a reduced script: outside the corpus, so it is not run as a case.
pub fn default_output(case: &Case) -> PathBuf {
    PathBuf::from("reports/reduced").join(format!("{}.lua", case.id.replace('/', "__")))
}

/// Writes `bytes` to `path`, creating its folder.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), TriageError> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|error| TriageError::file(parent, error))?;
    }
    std::fs::write(path, bytes).map_err(|error| TriageError::file(path, error))
}

/// A summary of a reduction for people.
pub fn describe(case: &Case, reduction: &Reduction) -> String {
    let before = script_size(&reduction.original);
    let after = script_size(&reduction.reduced);
    let mut text = String::new();
    let _ = writeln!(
        text,
        "reduced {} [{}]: {} bytes, {} lines -> {} bytes, {} lines in {:.1}s ({} candidates run, {} answered from the cache){}",
        case.id,
        reduction.signature,
        before.bytes,
        before.lines,
        after.bytes,
        after.lines,
        reduction.elapsed.as_secs_f64(),
        reduction.runs,
        reduction.cache_hits,
        if reduction.stopped_early { ", stopped by the time limit" } else { "" }
    );
    let _ = writeln!(text, "  result: {}", reduction.stability.describe());
    let _ = writeln!(text, "  divergence: {}", reduction.detail);
    let passes: Vec<String> = reduction
        .passes
        .iter()
        .filter(|record| record.accepted > 0)
        .map(|record| format!("{} {}", record.pass, record.accepted))
        .collect();
    let _ = writeln!(
        text,
        "  edits kept: {}{}",
        if passes.is_empty() {
            "none".to_string()
        } else {
            passes.join(", ")
        },
        if reduction.syntax_aware {
            ""
        } else {
            " (the script does not parse: line and token passes only)"
        }
    );
    text
}

pub fn run(args: &ReduceArgs) -> Result<u8, TriageError> {
    let engines = resolve_engines(&args.engines)?;
    let case = load_case(
        &args.case,
        &args.corpus,
        seconds(args.wall_clock, "--wall-clock")?,
    )?;
    let options = ReduceOptions {
        jobs: args
            .jobs
            .map_or_else(crate::runner::default_jobs, usize::from),
        time_limit: seconds(args.time_limit, "--time-limit")?,
        candidate_wall_clock: seconds(args.wall_clock, "--wall-clock")?,
        confirmations: args.confirmations,
        target: args.signature.clone(),
        isolation: Isolation::child_processes(&args.engines),
    };
    let reduction = reduce(&case, &engines, &options)?;
    let out = args.out.clone().unwrap_or_else(|| default_output(&case));
    write_file(&out, &reduction.reduced)?;
    print!("{}", describe(&case, &reduction));
    println!("\n--- {} ---", out.display());
    print!("{}", String::from_utf8_lossy(&reduction.reduced));
    println!("---");
    println!(
        "triage: ferrous-conformance show {} --engines {}",
        shell_quote(&out.to_string_lossy()),
        shell_quote(&args.engines)
    );
    println!(
        "accept: ferrous-conformance accept {} --corpus {} --engines {} --reason 'why it is accepted'",
        shell_quote(&args.case.to_string_lossy()),
        shell_quote(&args.corpus.to_string_lossy()),
        shell_quote(&args.engines)
    );
    Ok(0)
}
