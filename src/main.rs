//! `ferrous-conformance`: the bench's command-line entry point.

use clap::{Parser, ValueEnum};
use ferrous_conformance::bench::{
    in_worker_processes, resolve_engines, run_bench, this_program, RunRequest,
};
use ferrous_conformance::case_argument::resolve_case;
use ferrous_conformance::cli::{ArtifactArg, Cli, Command, ProfileArg};
use ferrous_conformance::corpus::load_named;
use ferrous_conformance::engine::{Limits, Profile};
use ferrous_conformance::engines::by_name;
use ferrous_conformance::error::BenchError;
use ferrous_conformance::fuzz_artifact::fuzz_target_of;
use ferrous_conformance::generate::bytecode_mutation::BytecodeInput;
use ferrous_conformance::generate::coverage::measure;
use ferrous_conformance::generate::features::{Feature, FeatureSet};
use ferrous_conformance::generate::fuzz_checks::bytecode_case;
use ferrous_conformance::generate::fuzz_input::{
    differential_case, program_from_artifact, redis_case, source_case,
};
use ferrous_conformance::generate::redis::redis_features;
use ferrous_conformance::generate::run::{run_generated, GeneratedRunRequest};
use ferrous_conformance::generate::sweep::{
    fuzz_case as sweep_fuzz_case, run_sweep, write_sweep_cases, SweepRequest,
};
use ferrous_conformance::generate::{default_features, parse_features, write_programs};
use ferrous_conformance::known::KnownDivergences;
use ferrous_conformance::progress::ProgressMode;
use ferrous_conformance::runner::default_jobs;
use ferrous_conformance::show::{colour_diff, show_case, show_program, triage_footer};
use ferrous_conformance::summary::render_summary;
use ferrous_conformance::triage_error::TriageError;
use ferrous_conformance::workers::serve::serve_stdio;
use ferrous_conformance::{accept, compare, merge, model_diff, nightly, reduce, standalone};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

/// mimalloc unless built without the `mimalloc` feature (see `ferrous_conformance::allocator`).
#[global_allocator]
static ALLOCATOR: ferrous_conformance::allocator::Allocator =
    ferrous_conformance::allocator::ALLOCATOR;

/// Exit code for usage and environment errors.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = execute(cli.command);
    // Engines may still be owned by helper threads; their redis-servers must not outlive us.
    ferrous_conformance::redis::server_process::stop_all();
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("ferrous-conformance: {error}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}

fn profile_of(argument: ProfileArg) -> Profile {
    match argument {
        ProfileArg::Lua51 => Profile::Lua51,
        ProfileArg::Redis => Profile::Redis,
    }
}

fn wall_clock_of(seconds: f64) -> Result<Duration, BenchError> {
    Duration::try_from_secs_f64(seconds)
        .ok()
        .filter(|duration| !duration.is_zero())
        .ok_or_else(|| BenchError::CaseRejected {
            path: "--wall-clock".into(),
            reason: format!("{seconds} is not a positive number of seconds"),
        })
}

/// The features of `--features`, or the default set.
fn allowed_features(list: Option<&str>) -> Result<FeatureSet, BenchError> {
    match list {
        None => Ok(default_features()),
        Some(list) => parse_features(list).map_err(|reason| BenchError::CaseRejected {
            path: "--features".into(),
            reason,
        }),
    }
}

/// The features of generated programs for `profile`: redis-profile programs draw from the
/// features Redis's environment has, plus Redis itself.
fn generated_features(list: Option<&str>, profile: ProfileArg) -> Result<FeatureSet, BenchError> {
    match (profile, list) {
        (ProfileArg::Lua51, list) => allowed_features(list),
        (ProfileArg::Redis, None) => Ok(redis_features()),
        (ProfileArg::Redis, Some(list)) => Ok(allowed_features(Some(list))?.with(Feature::Redis)),
    }
}

/// The fuzz target a file comes from, when it lies in cargo-fuzz's `artifacts/<target>/` or
/// carries ClusterFuzzLite's `<target>-<sanitizer>-` name.
fn artifact_kind_of(path: &Path) -> Option<ArtifactArg> {
    let target = fuzz_target_of(path)?;
    <ArtifactArg as ValueEnum>::from_str(&target, false).ok()
}

fn execute(command: Command) -> Result<u8, BenchError> {
    match command {
        Command::Run {
            corpus,
            engines,
            profile,
            report,
            known,
            jobs,
            filter,
            wall_clock,
            generated,
            seed,
            save_dir,
            features,
            shard,
            sweep,
            sweep_filter,
            sweep_random,
            sweep_seed,
            in_process,
        } => {
            let engines = resolve_engines(&engines)?;
            let engines = if in_process {
                engines
            } else {
                in_worker_processes(engines, &this_program()?)
            };
            if let Some(path) = &known {
                KnownDivergences::load_named(path)?;
            }
            let known_list = known
                .clone()
                .unwrap_or_else(|| corpus.join("known-divergences.json"));
            let jobs = jobs.map_or_else(default_jobs, usize::from);
            if sweep {
                let request = SweepRequest {
                    filter: sweep_filter,
                    random: sweep_random.map(|count| (sweep_seed, count)),
                    save_dir: save_dir.unwrap_or_else(|| "reports/sweep".into()),
                    report,
                    known: known_list,
                    jobs,
                    wall_clock: wall_clock_of(wall_clock)?,
                    progress: ProgressMode::Automatic,
                    shard,
                };
                let (result, coverage) = run_sweep(&request, engines)?;
                print!("{}", render_summary(&result.report));
                if let Some(coverage) = coverage {
                    if let Some(shard) = shard {
                        println!("coverage of all {} shards together:", shard.count);
                    }
                    print!("{}", coverage.render());
                }
                println!("report: {}", request.report.display());
                return Ok(u8::try_from(result.exit_code()).unwrap_or(1));
            }
            if let Some(count) = generated {
                let request = GeneratedRunRequest {
                    seed,
                    count,
                    allowed: generated_features(features.as_deref(), profile)?,
                    save_dir: save_dir.unwrap_or_else(|| "reports/generated".into()),
                    known: known_list,
                    report,
                    jobs,
                    wall_clock: Some(wall_clock_of(wall_clock)?),
                    progress: ProgressMode::Automatic,
                    shard,
                };
                let result = run_generated(&request, engines)?;
                print!("{}", render_summary(&result.report));
                println!("report: {}", request.report.display());
                return Ok(u8::try_from(result.exit_code()).unwrap_or(1));
            }
            let request = RunRequest {
                corpus,
                profile: profile_of(profile),
                report,
                known,
                jobs,
                filter,
                wall_clock: Some(wall_clock_of(wall_clock)?),
                progress: ProgressMode::Automatic,
                shard,
            };
            let result = run_bench(&request, engines)?;
            print!("{}", render_summary(&result.report));
            println!("report: {}", request.report.display());
            for error in result.input_errors() {
                eprintln!("ferrous-conformance: {error}");
            }
            Ok(u8::try_from(result.exit_code()).unwrap_or(1))
        }
        Command::Generate {
            seed,
            count,
            out,
            features,
            profile,
            coverage,
            sweep,
            sweep_filter,
        } => {
            if let (true, Some(folder)) = (sweep, &out) {
                let written =
                    write_sweep_cases(sweep_filter.as_deref(), folder).map_err(|source| {
                        BenchError::ReportPath {
                            path: folder.clone(),
                            source,
                        }
                    })?;
                println!("wrote {written} sweep cases to {}", folder.display());
                return Ok(0);
            }
            let allowed = generated_features(features.as_deref(), profile)?;
            if let Some(folder) = out {
                let written = write_programs(seed, count, allowed, &folder).map_err(|source| {
                    BenchError::ReportPath {
                        path: folder.clone(),
                        source,
                    }
                })?;
                println!("wrote {} programs to {}", written.len(), folder.display());
            }
            if coverage {
                print!("{}", measure(seed, count, allowed).render());
            }
            Ok(0)
        }
        Command::Show {
            case,
            corpus,
            engines,
            wall_clock,
            artifact,
        } => {
            let engines_list = engines;
            let engines = resolve_engines(&engines_list)?;
            if let Some(kind) = artifact.or_else(|| artifact_kind_of(&case)) {
                let bytes = std::fs::read(&case).map_err(|source| BenchError::CaseUnreadable {
                    path: case.clone(),
                    source,
                })?;
                let mut fuzz_case = match kind {
                    ArtifactArg::Differential => differential_case(&program_from_artifact(&bytes)),
                    ArtifactArg::Source => source_case(&bytes),
                    ArtifactArg::Redis => redis_case(&bytes),
                    ArtifactArg::Sweep => sweep_fuzz_case(&bytes),
                    ArtifactArg::Bytecode => {
                        bytecode_case(&BytecodeInput::from_bytes(&bytes).chunk(), true)
                    }
                };
                fuzz_case.path = case;
                fuzz_case.limits.wall_clock = wall_clock_of(wall_clock)?;
                let (text, agree) = show_program(&fuzz_case, &engines);
                print!("{text}");
                return Ok(if agree { 0 } else { 1 });
            }
            let limits = Limits {
                wall_clock: wall_clock_of(wall_clock)?,
                ..Limits::default()
            };
            let case = load_named(&resolve_case(&case, &corpus)?, &corpus, limits)?;
            let (text, agree) = show_case(&case, &engines);
            if std::io::stdout().is_terminal() {
                print!("{}", colour_diff(&text));
            } else {
                print!("{text}");
            }
            print!("{}", triage_footer(&case, &corpus, &engines_list, agree));
            Ok(if agree { 0 } else { 1 })
        }
        Command::Reduce(args) => Ok(triage_exit(reduce::command::run(&args))),
        Command::Merge(args) => Ok(triage_exit(merge::run(&args))),
        Command::Compare(args) => Ok(triage_exit(compare::run(&args))),
        Command::Accept(args) => Ok(triage_exit(accept::run(&args))),
        Command::Nightly(args) => Ok(triage_exit(nightly::run(&args))),
        Command::ModelDiff(args) => Ok(triage_exit(model_diff::run(&args))),
        Command::Standalone(args) => Ok(triage_exit(standalone::run(&args))),
        Command::Examine(args) => Ok(triage_exit(reduce::worker::run(&args))),
        Command::Worker { engine } => {
            let engine = by_name(&engine)?;
            match serve_stdio(engine) {
                Ok(()) => Ok(0),
                Err(error) => {
                    eprintln!("ferrous-conformance worker: {error}");
                    Ok(USAGE_ERROR)
                }
            }
        }
    }
}

/// The exit code of a triage command; its error is printed like the bench's.
fn triage_exit(result: Result<u8, TriageError>) -> u8 {
    result.unwrap_or_else(|error| {
        eprintln!("ferrous-conformance: {error}");
        USAGE_ERROR
    })
}
