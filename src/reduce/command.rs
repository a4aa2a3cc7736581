//! `ferrous-conformance reduce CASE [--out FILE]`: the reducer on the command line.

use super::decisions::{reduce_generated, GeneratedReduction};
use super::oracle::Isolation;
use super::{reduce, script_size, ReduceOptions, Reduction};
use crate::bench::resolve_engines;
use crate::corpus::load_named;
use crate::engine::{Case, Limits};
use crate::generate::features::FeatureSet;
use crate::generate::redis::redis_features;
use crate::generate::{default_features, from_seed, parse_features, seed_in_header};
use crate::report::shell_quote;
use crate::triage_error::TriageError;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, clap::Args)]
pub struct ReduceArgs {
    /// The divergent case: a `.lua` file, a case id (`tables/sort`, under --corpus) or a
    /// generated program (`generated/gen-42`, `42`). A generated program is reduced through
    /// its generator first, as with `--generated`.
    #[arg(required_unless_present = "generated")]
    pub case: Option<PathBuf>,
    /// Reduce the generated program of this seed: shrink its generator decisions first, then
    /// its text.
    #[arg(long, value_name = "SEED", conflicts_with = "case")]
    pub generated: Option<u64>,
    /// Features the generated program drew from, as in the run that made it [default: all].
    #[arg(long)]
    pub features: Option<String>,
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

/// Loads a case given on the command line, under the profile its header asks for.
pub fn load_case(path: &Path, corpus: &Path, wall_clock: Duration) -> Result<Case, TriageError> {
    let limits = Limits {
        wall_clock,
        ..Limits::default()
    };
    Ok(load_named(path, corpus, limits)?)
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

/// The generated program to reduce through its generator, if `args` names one: `--generated`,
/// or a case file whose header names a seed and whose text is that seed's program.
fn generated_seed(args: &ReduceArgs, allowed: FeatureSet) -> Result<Option<u64>, TriageError> {
    if let Some(seed) = args.generated {
        return Ok(Some(seed));
    }
    let Some(path) = &args.case else {
        return Ok(None);
    };
    let source = std::fs::read(path).map_err(|error| TriageError::file(path, error))?;
    let Some(seed) = seed_in_header(&source) else {
        return Ok(None);
    };
    if from_seed(seed, allowed).source.as_bytes() != source.as_slice() {
        eprintln!(
            "note: {} names seed {seed} but is not its program with these --features (edited, \
             or made with other features): reducing its text only",
            path.display()
        );
        return Ok(None);
    }
    Ok(Some(seed))
}

/// Whether the case file's header asks for the redis profile (a saved generated redis program
/// is rebuilt from its seed with the redis features).
fn names_redis_profile(case: Option<&Path>) -> bool {
    case.and_then(|path| std::fs::read(path).ok())
        .and_then(|source| crate::header::parse_header(&source).ok())
        .and_then(|header| header.profile)
        == Some(crate::engine::Profile::Redis)
}

/// A summary of the decision passes of a generated program's reduction.
pub fn describe_decisions(reduced: &GeneratedReduction) -> String {
    let shrink = &reduced.decisions;
    let before = script_size(&reduced.case.source);
    let after = script_size(&shrink.program);
    let passes: Vec<String> = shrink
        .passes
        .iter()
        .filter(|record| record.accepted > 0)
        .map(|record| format!("{} {}", record.pass, record.accepted))
        .collect();
    format!(
        "through the generator: {} decision bytes -> {}, program {} bytes, {} lines -> {} bytes, {} lines in {:.1}s ({} candidates run, {} answered from the cache{}); edits kept: {}\n",
        shrink.original.len(),
        shrink.shrunk.len(),
        before.bytes,
        before.lines,
        after.bytes,
        after.lines,
        shrink.elapsed.as_secs_f64(),
        shrink.runs,
        shrink.cache_hits,
        if shrink.stopped_early { ", stopped by the time limit" } else { "" },
        if passes.is_empty() { "none".to_string() } else { passes.join(", ") },
    )
}

pub fn run(args: &ReduceArgs) -> Result<u8, TriageError> {
    let resolved = match &args.case {
        Some(case) => Some(crate::case_argument::resolve_case(case, &args.corpus)?),
        None => None,
    };
    let args = &ReduceArgs {
        case: resolved,
        ..args.clone()
    };
    let engines = resolve_engines(&args.engines)?;
    let wall_clock = seconds(args.wall_clock, "--wall-clock")?;
    let allowed = match &args.features {
        None if names_redis_profile(args.case.as_deref()) => redis_features(),
        None => default_features(),
        Some(list) => parse_features(list)
            .map_err(|reason| TriageError::Refused(format!("--features: {reason}")))?,
    };
    let options = ReduceOptions {
        jobs: args
            .jobs
            .map_or_else(crate::runner::default_jobs, usize::from),
        time_limit: seconds(args.time_limit, "--time-limit")?,
        candidate_wall_clock: wall_clock,
        confirmations: args.confirmations,
        target: args.signature.clone(),
        isolation: Isolation::child_processes(&args.engines),
    };
    if let Some(seed) = generated_seed(args, allowed)? {
        let reduced = reduce_generated(seed, allowed, &engines, &options)?;
        let out = args
            .out
            .clone()
            .unwrap_or_else(|| default_output(&reduced.case));
        write_file(&out, &reduced.reduction.reduced)?;
        print!("{}", describe_decisions(&reduced));
        print!("{}", describe(&reduced.case, &reduced.reduction));
        print_result(&out, &reduced.reduction, &args.engines);
        return Ok(0);
    }
    let Some(case_path) = &args.case else {
        return Err(TriageError::Refused(
            "name a case file or --generated SEED".to_string(),
        ));
    };
    let case = load_case(case_path, &args.corpus, wall_clock)?;
    let reduction = reduce(&case, &engines, &options)?;
    let out = args.out.clone().unwrap_or_else(|| default_output(&case));
    write_file(&out, &reduction.reduced)?;
    print!("{}", describe(&case, &reduction));
    print_result(&out, &reduction, &args.engines);
    println!(
        "accept: ferrous-conformance accept {} --corpus {} --engines {} --reason 'why it is accepted'",
        shell_quote(&case_path.to_string_lossy()),
        shell_quote(&args.corpus.to_string_lossy()),
        shell_quote(&args.engines)
    );
    Ok(0)
}

/// Prints the reduced script and how to look at it.
fn print_result(out: &Path, reduction: &Reduction, engines: &str) {
    println!("\n--- {} ---", out.display());
    print!("{}", String::from_utf8_lossy(&reduction.reduced));
    println!("---");
    println!(
        "triage: ferrous-conformance show {} --engines {}",
        shell_quote(&out.to_string_lossy()),
        shell_quote(engines)
    );
}
