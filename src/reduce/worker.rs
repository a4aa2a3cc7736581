//! Candidate runs in a child process, so that an engine stuck inside a native function (which
//! no instruction budget interrupts) dies with its candidate instead of holding the engine for
//! the rest of the reduction.
//!
//! The parent starts `ferrous-conformance examine` (a hidden subcommand) with the case's
//! settings, writes the candidate to its stdin and reads one JSON [`Finding`] from its stdout.
//! The child runs the candidate exactly as in-process reduction does and exits, which ends any
//! engine thread its wall-clock guard abandoned; the parent kills a child that overruns even
//! that.

use super::oracle::{examine, Finding};
use super::split_header;
use crate::bench::resolve_engines;
use crate::engine::{Case, Limits, Profile};
use crate::header::parse_header;
use crate::triage_error::TriageError;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Extra time a child gets beyond its two engine runs before it is killed.
const CHILD_GRACE: Duration = Duration::from_secs(5);

/// How often the parent looks whether the child has finished: first after `FIRST_POLL`
/// (most children answer within a millisecond), then twice as long each time up to `POLL`.
const FIRST_POLL: Duration = Duration::from_micros(50);
const POLL: Duration = Duration::from_millis(5);

#[derive(Debug, Clone, clap::Args)]
pub struct ExamineArgs {
    /// The two engines, left first.
    #[arg(long)]
    pub engines: String,
    #[arg(long)]
    pub id: String,
    #[arg(long)]
    pub chunk_name: String,
    /// Instruction budget.
    #[arg(long)]
    pub budget: u64,
    /// Memory limit in bytes.
    #[arg(long)]
    pub memory: usize,
    /// Wall clock of each engine run, in seconds.
    #[arg(long)]
    pub wall_clock: f64,
    /// The case's header directives (`-- @...` lines): profile, Redis KEYS, ARGV and data set.
    #[arg(long, default_value = "")]
    pub header: String,
}

/// The child side: reads the candidate from stdin and prints its finding as JSON.
pub fn run(args: &ExamineArgs) -> Result<u8, TriageError> {
    let engines = resolve_engines(&args.engines)?;
    let mut source = Vec::new();
    std::io::stdin()
        .read_to_end(&mut source)
        .map_err(|error| TriageError::file("<stdin>", error))?;
    let wall_clock = super::command::seconds(args.wall_clock, "--wall-clock")?;
    let header = parse_header(args.header.as_bytes())
        .map_err(|error| TriageError::Refused(format!("--header: {error}")))?;
    let case = Case {
        id: args.id.clone(),
        path: PathBuf::from(format!("{}.lua", args.id)),
        source: Vec::new(),
        chunk_name: args.chunk_name.clone(),
        profile: header.profile.unwrap_or(Profile::Lua51),
        keys: header.keys.unwrap_or_default(),
        argv: header.argv.unwrap_or_default(),
        redis_data: header.data,
        engines: header.engines,
        limits: Limits {
            instructions: args.budget,
            memory_bytes: args.memory,
            wall_clock,
        },
    };
    let finding = examine(&case, &engines, &source);
    let json =
        serde_json::to_string(&finding).map_err(|error| TriageError::file("<stdout>", error))?;
    println!("{json}");
    Ok(0)
}

/// The parent side: runs `source` as a variant of `base` in a child `program examine`.
pub fn examine_in_child(program: &Path, engines: &str, base: &Case, source: &[u8]) -> Finding {
    let spawned = Command::new(program)
        .arg("examine")
        .args([
            "--engines",
            engines,
            "--id",
            &base.id,
            "--chunk-name",
            &base.chunk_name,
        ])
        // `=` keeps clap from reading the header's leading `--` as an option.
        .arg(format!(
            "--header={}",
            String::from_utf8_lossy(&split_header(&base.source).0)
        ))
        .args(["--budget", &base.limits.instructions.to_string()])
        .args(["--memory", &base.limits.memory_bytes.to_string()])
        .args([
            "--wall-clock",
            &base.limits.wall_clock.as_secs_f64().to_string(),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) => {
            return Finding::EngineWedged {
                reason: format!("cannot start {}: {error}", program.display()),
            }
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A child that died early closes the pipe; its exit status tells the rest.
        let _ = stdin.write_all(source);
    }
    let deadline = Instant::now() + base.limits.wall_clock * 2 + CHILD_GRACE;
    let mut poll = FIRST_POLL;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(poll);
                poll = (poll * 2).min(POLL);
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                // Killed for overrunning: like a timeout on both sides, it says nothing.
                return Finding::Inconclusive;
            }
        }
    }
    let mut output = String::new();
    if let Some(mut stdout) = child.stdout.take() {
        let _ = stdout.read_to_string(&mut output);
    }
    serde_json::from_str(output.trim()).unwrap_or_else(|error| Finding::EngineWedged {
        reason: format!("the examine child answered {output:?}: {error}"),
    })
}
