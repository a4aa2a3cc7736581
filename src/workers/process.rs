//! An engine run in a pool of long-lived worker processes.
//!
//! [`ProcessEngine`] stands in for a registry engine: same name, same version, but every run
//! is sent to a child process (see [`super::serve`]) and awaited at most the case's wall clock.
//! Idle workers are kept for the next run. A worker that overruns is killed, and its case is a
//! one-sided `timeout`; a worker that dies (abort, stack overflow, segfault) makes its case a
//! `crash` naming the signal and what the worker last wrote to stderr. Either way the next run
//! starts a fresh worker, so no case can spoil another.

use super::frames::{read_frame, write_frame};
use crate::engine::{Case, Engine};
use crate::outcome::Outcome;
use std::io::{self, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Mutex;

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

/// What a worker's stdout reader hands over: an outcome, or why there is none.
type Reply = io::Result<Option<Outcome>>;

/// One running worker process.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    stderr: Option<ChildStderr>,
    replies: Receiver<Reply>,
}

impl Worker {
    fn start(command: &WorkerCommand) -> io::Result<Worker> {
        let mut child = Command::new(&command.program)
            .args(&command.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (Some(stdin), Some(mut stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io::Error::other("the worker's pipes were not set up"));
        };
        let stderr = child.stderr.take();
        let (sender, replies) = mpsc::channel();
        // One reader per worker for its whole life: it ends when the worker's stdout closes.
        let reader = std::thread::Builder::new()
            .name("worker-reader".to_string())
            .spawn(move || loop {
                let reply = read_frame::<Outcome>(&mut stdout);
                let last = !matches!(reply, Ok(Some(_)));
                if sender.send(reply).is_err() || last {
                    break;
                }
            });
        if let Err(error) = reader {
            let _ = child.kill();
            let _ = child.wait();
            return Err(error);
        }
        Ok(Worker {
            child,
            stdin,
            stderr,
            replies,
        })
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
        let idle = self.idle_workers().pop();
        // An idle worker that died in the meantime (killed from outside) must not be blamed on
        // this case: a failed hand-over is retried once on a fresh worker.
        let worker = match idle.map(|mut worker| (write_frame(&mut worker.stdin, case), worker)) {
            Some((Ok(()), worker)) => worker,
            _ => {
                let mut fresh = match Worker::start(&self.command) {
                    Ok(worker) => worker,
                    Err(error) => {
                        return Outcome::crashed(
                            format!(
                                "cannot start a worker process ({}): {error}",
                                self.command.program.display()
                            )
                            .as_str(),
                        )
                    }
                };
                if write_frame(&mut fresh.stdin, case).is_err() {
                    let death = fresh.bury();
                    return self.crashed(&death);
                }
                fresh
            }
        };
        match worker.replies.recv_timeout(case.limits.wall_clock) {
            Ok(Ok(Some(outcome))) => {
                self.idle_workers().push(worker);
                outcome
            }
            Err(RecvTimeoutError::Timeout) => {
                drop(worker);
                Outcome::wall_clock_exceeded()
            }
            Ok(Err(error)) if error.kind() == io::ErrorKind::InvalidData => {
                let death = worker.bury();
                self.crashed(&format!(
                    "answered with an unreadable frame ({error}); it {death}"
                ))
            }
            Ok(Ok(None)) | Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                let death = worker.bury();
                self.crashed(&death)
            }
        }
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
