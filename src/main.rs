//! `ferrous-conformance`: the bench's command-line entry point.

use clap::Parser;
use ferrous_conformance::bench::{
    in_worker_processes, resolve_engines, run_bench, this_program, RunRequest,
};
use ferrous_conformance::case_argument::resolve_case;
use ferrous_conformance::cli::{ArtifactArg, Cli, Command, ProfileArg};
use ferrous_conformance::corpus::load_named;
use ferrous_conformance::engine::{Limits, Profile};
use ferrous_conformance::engines::by_name;
use ferrous_conformance::error::BenchError;
use ferrous_conformance::generate::bytecode_mutation::BytecodeInput;
use ferrous_conformance::generate::coverage::measure;
use ferrous_conformance::generate::features::{Feature, FeatureSet};
use ferrous_conformance::generate::fuzz_checks::bytecode_case;
use ferrous_conformance::generate::fuzz_input::{
    differential_case, program_from_artifact, redis_case, source_case,
};
use ferrous_conformance::generate::redis::redis_features;
use ferrous_conformance::generate::run::{run_generated, GeneratedRunRequest};
use ferrous_conformance::generate::{default_features, parse_features, write_programs};
use ferrous_conformance::known::KnownDivergences;
use ferrous_conformance::progress::ProgressMode;
use ferrous_conformance::runner::default_jobs;
use ferrous_conformance::show::{colour_diff, show_case, show_program, triage_footer};
use ferrous_conformance::summary::render_summary;
use ferrous_conformance::triage_error::TriageError;
use ferrous_conformance::workers::serve::serve_stdio;
use ferrous_conformance::{accept, compare, nightly, reduce};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

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

/// The fuzz target a file comes from, when it lies in cargo-fuzz's `artifacts/<target>/`.
fn artifact_kind_of(path: &Path) -> Option<ArtifactArg> {
    let parts: Vec<String> = path
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    let target = parts
        .windows(2)
        .find(|pair| pair[0] == "artifacts")
        .map(|pair| pair[1].as_str());
    match target {
        Some("differential") => Some(ArtifactArg::Differential),
        Some("source") => Some(ArtifactArg::Source),
        Some("redis") => Some(ArtifactArg::Redis),
        Some("bytecode") => Some(ArtifactArg::Bytecode),
        _ => None,
    }
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
            if let Some(count) = generated {
                let request = GeneratedRunRequest {
                    seed,
                    count,
                    allowed: generated_features(features.as_deref(), profile)?,
                    save_dir,
                    known: known.unwrap_or_else(|| corpus.join("known-divergences.json")),
                    report,
                    jobs: jobs.map_or_else(default_jobs, usize::from),
                    wall_clock: Some(wall_clock_of(wall_clock)?),
                    progress: ProgressMode::Automatic,
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
                jobs: jobs.map_or_else(default_jobs, usize::from),
                filter,
                wall_clock: Some(wall_clock_of(wall_clock)?),
                progress: ProgressMode::Automatic,
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
        } => {
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
        Command::Compare(args) => Ok(triage_exit(compare::run(&args))),
        Command::Accept(args) => Ok(triage_exit(accept::run(&args))),
        Command::Nightly(args) => Ok(triage_exit(nightly::run(&args))),
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
