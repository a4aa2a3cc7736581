//! An engine run in a pool of long-lived worker processes.
//!
//! [`ProcessEngine`] stands in for a registry engine: same name, same version, but every run
//! is sent to a child process (see [`super::serve`]) and awaited at most the case's wall clock.
//! Idle workers are kept for the next run. A worker that overruns is killed, and its case is a
//! one-sided `timeout`; a worker that dies (abort, stack overflow, segfault) makes its case a
//! `crash` naming the signal and what the worker last wrote to stderr. Either way the next run
//! starts a fresh worker, so no case can spoil another.

use super::frames::{take_frame, write_frame};
use crate::engine::{Case, Engine, PendingRun};
use crate::outcome::Outcome;
use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How much of a dead worker's stderr its crash outcome quotes (the end of it).
const STDERR_TAIL_BYTES: usize = 2000;

/// How to start a worker process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerCommand {
    pub program: PathBuf,
    pub args: Vec<String>,
}

impl WorkerCommand {
    /// `program worker --engine engine`: the bench binary serving one registry engine.
    pub fn bench_worker(program: &Path, engine: &str) -> WorkerCommand {
        WorkerCommand {
            program: program.to_path_buf(),
            args: vec!["worker".into(), "--engine".into(), engine.into()],
        }
    }
}

/// How a worker answered a request.
enum Reply {
    Outcome(Outcome),
    /// No answer within the wall clock.
    TimedOut,
    /// Its stdout closed (it died) or carried something unreadable.
    Broken(io::Error),
}

/// How much a worker's stdout is read at a time.
const READ_CHUNK_BYTES: usize = 16 << 10;

/// One running worker process.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    stdout: ChildStdout,
    stderr: Option<ChildStderr>,
    /// Bytes read from stdout that do not make a whole frame yet.
    unread: Vec<u8>,
}

impl Worker {
    fn start(command: &WorkerCommand) -> io::Result<Worker> {
        let mut child = Command::new(&command.program)
            .args(&command.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io::Error::other("the worker's pipes were not set up"));
        };
        let stderr = child.stderr.take();
        Ok(Worker {
            child,
            stdin,
            stdout,
            stderr,
            unread: Vec::new(),
        })
    }

    /// Waits for the reply to the request just sent, at most until `deadline`. The waiting
    /// happens on the calling thread (`poll` on the pipe): a reader thread per worker would
    /// add two thread wake-ups to every run, which on two cores cost more than the run.
    fn await_reply(&mut self, deadline: Instant) -> Reply {
        loop {
            match take_frame::<Outcome>(&mut self.unread) {
                Ok(Some(outcome)) => return Reply::Outcome(outcome),
                Ok(None) => {}
                Err(error) => return Reply::Broken(error),
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Reply::TimedOut;
            }
            match wait_readable(&self.stdout, left) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(error) => return Reply::Broken(error),
            }
            let mut chunk = [0u8; READ_CHUNK_BYTES];
            match self.stdout.read(&mut chunk) {
                Ok(0) => return Reply::Broken(io::ErrorKind::UnexpectedEof.into()),
                Ok(read) => self.unread.extend_from_slice(&chunk[..read]),
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Reply::Broken(error),
            }
        }
    }

    /// Kills the worker (if it still runs) and says how it ended, with its last stderr output.
    fn bury(mut self) -> String {
        let _ = self.child.kill();
        let status = self.child.wait();
        let mut stderr = Vec::new();
        if let Some(mut pipe) = self.stderr.take() {
            let _ = pipe.read_to_end(&mut stderr);
        }
        let mut text = match status {
            Ok(status) => describe_exit(status),
            Err(error) => format!("could not be waited for ({error})"),
        };
        let tail = &stderr[stderr.len().saturating_sub(STDERR_TAIL_BYTES)..];
        let tail = String::from_utf8_lossy(tail);
        if !tail.trim().is_empty() {
            text.push_str(&format!("; its stderr ends: {}", tail.trim()));
        }
        text
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// "died of signal 6 (SIGABRT)", "exited with code 3".
fn describe_exit(status: ExitStatus) -> String {
    match (status.signal(), status.code()) {
        (Some(signal), _) => {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            format!("died of signal {signal}{name}")
        }
        (None, Some(code)) => format!("exited with code {code}"),
        (None, None) => format!("ended: {status}"),
    }
}

/// A registry engine behind a pool of worker processes.
pub struct ProcessEngine {
    name: String,
    version: String,
    command: WorkerCommand,
    idle: Mutex<Vec<Worker>>,
}

impl ProcessEngine {
    /// An engine called `name` (reported with `version`) whose runs go to workers started by
    /// `command`.
    pub fn new(name: &str, version: String, command: WorkerCommand) -> ProcessEngine {
        ProcessEngine {
            name: name.to_string(),
            version,
            command,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// `engine` (a registry engine) run in workers of the bench binary `program`.
    pub fn of_registry_engine(engine: &dyn Engine, program: &Path) -> ProcessEngine {
        ProcessEngine::new(
            engine.name(),
            engine.version(),
            WorkerCommand::bench_worker(program, engine.name()),
        )
    }

    fn idle_workers(&self) -> std::sync::MutexGuard<'_, Vec<Worker>> {
        // A list of workers is consistent at every point, so a poisoned lock is still usable.
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn crashed(&self, what: &str) -> Outcome {
        Outcome::crashed(format!("the {} engine's worker process {what}", self.name).as_str())
    }
}

impl Engine for ProcessEngine {
    fn name(&self) -> &str {
        &self.name
    }

    fn version(&self) -> String {
        self.version.clone()
    }

    fn guards_itself(&self) -> bool {
        true
    }

    fn run(&self, case: &Case) -> Outcome {
        self.start_run(case)()
    }

    fn start_run(&self, case: &Case) -> PendingRun<'_> {
        let mut worker = match self.hand_over(case) {
            Ok(worker) => worker,
            Err(outcome) => return Box::new(move || *outcome),
        };
        let wall_clock = case.limits.wall_clock;
        Box::new(
            move || match worker.await_reply(Instant::now() + wall_clock) {
                Reply::Outcome(outcome) => {
                    self.idle_workers().push(worker);
                    outcome
                }
                Reply::TimedOut => {
                    drop(worker);
                    Outcome::wall_clock_exceeded()
                }
                Reply::Broken(error) if error.kind() == io::ErrorKind::InvalidData => {
                    let death = worker.bury();
                    self.crashed(&format!(
                        "answered with an unreadable frame ({error}); it {death}"
                    ))
                }
                Reply::Broken(_) => {
                    let death = worker.bury();
                    self.crashed(&death)
                }
            },
        )
    }
}

impl ProcessEngine {
    /// Sends `case` to an idle worker, or to a new one; the outcome of the case when that fails.
    fn hand_over(&self, case: &Case) -> Result<Worker, Box<Outcome>> {
        let idle = self.idle_workers().pop();
        // An idle worker that died in the meantime (killed from outside) must not be blamed on
        // this case: a failed hand-over is retried once on a fresh worker.
        if let Some(mut worker) = idle {
            if write_frame(&mut worker.stdin, case).is_ok() {
                return Ok(worker);
            }
        }
        let mut fresh = Worker::start(&self.command).map_err(|error| {
            Box::new(Outcome::crashed(
                format!(
                    "cannot start a worker process ({}): {error}",
                    self.command.program.display()
                )
                .as_str(),
            ))
        })?;
        if write_frame(&mut fresh.stdin, case).is_err() {
            let death = fresh.bury();
            return Err(Box::new(self.crashed(&death)));
        }
        Ok(fresh)
    }
}

/// Whether `pipe` has bytes to read (or reached its end) before `timeout` passes; `false`
/// when the wait ended early (timeout rounding, a signal), so the caller checks its deadline.
fn wait_readable(pipe: &ChildStdout, timeout: Duration) -> io::Result<bool> {
    let mut poll = libc::pollfd {
        fd: pipe.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = timeout.as_millis().clamp(1, i32::MAX as u128) as i32;
    // SAFETY: one valid pollfd, and its descriptor stays open while `pipe` is borrowed.
    match unsafe { libc::poll(&mut poll, 1, millis) } {
        ready if ready > 0 => Ok(true),
        0 => Ok(false),
        _ => match io::Error::last_os_error() {
            error if error.kind() == io::ErrorKind::Interrupted => Ok(false),
            error => Err(error),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deaths_are_described_by_signal_or_exit_code() {
        // Raw wait statuses: a signal number alone, or an exit code in the second byte.
        assert_eq!(
            describe_exit(ExitStatus::from_raw(6)),
            "died of signal 6 (SIGABRT)"
        );
        assert_eq!(
            describe_exit(ExitStatus::from_raw(11)),
            "died of signal 11 (SIGSEGV)"
        );
        assert_eq!(
            describe_exit(ExitStatus::from_raw(3 << 8)),
            "exited with code 3"
        );
    }

    #[test]
    fn a_worker_that_cannot_start_is_a_crash_of_the_case() {
        let engine = ProcessEngine::new(
            "ferrous",
            "test".to_string(),
            WorkerCommand {
                program: PathBuf::from("/nonexistent/ferrous-conformance"),
                args: Vec::new(),
            },
        );
        let outcome = engine.run(&Case::from_source("c", b"return 1"));
        assert_eq!(
            outcome.status.error_kind(),
            Some(crate::outcome::ErrorKind::Crash)
        );
    }
}
