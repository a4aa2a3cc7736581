//! `ferrous-conformance`: the bench's command-line entry point.

use clap::Parser;
use ferrous_conformance::bench::{check_profile, resolve_engines, run_bench, RunRequest};
use ferrous_conformance::cli::{Cli, Command, ProfileArg};
use ferrous_conformance::corpus::{load_single, LoadOptions};
use ferrous_conformance::engine::{Limits, Profile};
use ferrous_conformance::error::BenchError;
use ferrous_conformance::progress::ProgressMode;
use ferrous_conformance::runner::default_jobs;
use ferrous_conformance::show::{colour_diff, show_case, triage_footer};
use ferrous_conformance::summary::render_summary;
use ferrous_conformance::triage_error::TriageError;
use ferrous_conformance::{accept, compare, nightly, reduce};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

/// Exit code for usage and environment errors.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match execute(cli.command) {
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
        } => {
            let engines = resolve_engines(&engines)?;
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
            Ok(u8::try_from(result.exit_code()).unwrap_or(1))
        }
        Command::Show {
            case,
            corpus,
            engines,
            wall_clock,
        } => {
            let engines_list = engines;
            let engines = resolve_engines(&engines_list)?;
            let options = LoadOptions {
                profile: Profile::Lua51,
                limits: Limits {
                    wall_clock: wall_clock_of(wall_clock)?,
                    ..Limits::default()
                },
            };
            let case = load_single(&case, &corpus, &options)?;
            check_profile(case.profile)?;
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
    }
}

/// The exit code of a triage command; its error is printed like the bench's.
fn triage_exit(result: Result<u8, TriageError>) -> u8 {
    result.unwrap_or_else(|error| {
        eprintln!("ferrous-conformance: {error}");
        USAGE_ERROR
    })
}
