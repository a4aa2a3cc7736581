//! Running cases on two engines in parallel, each run under a wall-clock guard.
//!
//! Cases are spread over a rayon pool (`--jobs`). Every engine run happens on its own helper
//! thread with a large stack (engines may recurse deeply); the worker waits for it at most the
//! case's wall clock. On expiry the run is recorded as a one-sided `timeout` and the helper
//! thread is leaked, so even an engine looping inside Rust cannot hang the bench. A panic in an
//! engine is caught on the helper thread and becomes a `crash` outcome with the panic message.

use crate::corpus::Entry;
use crate::diff::{compare, Comparison, Divergence};
use crate::engine::{Case, Engine};
use crate::error::BenchError;
use crate::known::KnownDivergences;
use crate::outcome::Outcome;
use rayon::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Stack reserved for each engine run and each pool thread (address space, not memory).
pub const ENGINE_STACK_BYTES: usize = 256 << 20;

/// What the comparison of one case came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Agree,
    Inconclusive {
        reason: String,
    },
    Diverge {
        divergence: Divergence,
        /// The reason from the known-divergence list, when the divergence is accepted.
        known_reason: Option<String>,
    },
    Skipped {
        reason: String,
    },
    MalformedHeader {
        message: String,
    },
}

/// The result of one corpus entry.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub id: String,
    pub path: PathBuf,
    pub verdict: Verdict,
    /// Both outcomes (left, right), for cases that ran.
    pub outcomes: Option<Box<(Outcome, Outcome)>>,
    pub elapsed: Duration,
}

impl CaseResult {
    pub fn is_new_divergence(&self) -> bool {
        matches!(
            &self.verdict,
            Verdict::Diverge {
                known_reason: None,
                ..
            }
        )
    }
}

/// Runs `engine` on `case` on a helper thread, giving up after the case's wall clock.
pub fn run_guarded(engine: &Arc<dyn Engine>, case: &Arc<Case>) -> Outcome {
    let (sender, receiver) = mpsc::channel();
    let engine_for_thread = Arc::clone(engine);
    let case_for_thread = Arc::clone(case);
    let spawned = std::thread::Builder::new()
        .name(format!("engine-{}", engine.name()))
        .stack_size(ENGINE_STACK_BYTES)
        .spawn(move || {
            let outcome =
                catch_unwind(AssertUnwindSafe(|| engine_for_thread.run(&case_for_thread)))
                    .unwrap_or_else(|payload| {
                        Outcome::crashed(panic_message(payload.as_ref()).as_str())
                    });
            // The receiver is gone when the guard already gave up: nothing left to tell.
            let _ = sender.send(outcome);
        });
    if let Err(error) = spawned {
        return Outcome::crashed(format!("cannot start a thread for the engine: {error}").as_str());
    }
    match receiver.recv_timeout(case.limits.wall_clock) {
        Ok(outcome) => outcome,
        Err(RecvTimeoutError::Timeout) => Outcome::wall_clock_exceeded(),
        Err(RecvTimeoutError::Disconnected) => {
            Outcome::crashed("the engine thread ended without an outcome")
        }
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .map(|text| text.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with a non-text payload".to_string());
    format!("engine panicked: {text}")
}

/// Runs one entry on both engines and compares.
pub fn run_entry(
    entry: &Entry,
    engines: &[Arc<dyn Engine>; 2],
    known: &KnownDivergences,
) -> CaseResult {
    let started = Instant::now();
    let finish = |verdict, outcomes| CaseResult {
        id: entry.id().to_string(),
        path: entry.path().to_path_buf(),
        verdict,
        outcomes,
        elapsed: started.elapsed(),
    };
    let case = match entry {
        Entry::Runnable(case) => Arc::new(case.clone()),
        Entry::Skipped { reason, .. } => {
            return finish(
                Verdict::Skipped {
                    reason: reason.clone(),
                },
                None,
            )
        }
        Entry::MalformedHeader { message, .. } => {
            return finish(
                Verdict::MalformedHeader {
                    message: message.clone(),
                },
                None,
            )
        }
    };
    if let Some(excluded) = engines.iter().find(|engine| !case.runs_on(engine.name())) {
        let reason = format!(
            "case runs only on {}, not on {}",
            case.engines.as_deref().unwrap_or_default().join(", "),
            excluded.name()
        );
        return finish(Verdict::Skipped { reason }, None);
    }
    let left = run_guarded(&engines[0], &case);
    let right = run_guarded(&engines[1], &case);
    let verdict = match compare(&left, &right) {
        Comparison::Agree => Verdict::Agree,
        Comparison::Inconclusive { reason } => Verdict::Inconclusive { reason },
        Comparison::Diverge(divergence) => {
            let known_reason = known
                .matching(&case.id, &divergence)
                .map(|entry| entry.reason.clone());
            Verdict::Diverge {
                divergence,
                known_reason,
            }
        }
    };
    finish(verdict, Some(Box::new((left, right))))
}

/// Runs every entry on a pool of `jobs` threads, calling `on_result` as each one finishes.
/// Results come back in the order of `entries`.
pub fn run_all(
    entries: &[Entry],
    engines: &[Arc<dyn Engine>; 2],
    known: &KnownDivergences,
    jobs: usize,
    on_result: &(dyn Fn(&CaseResult) + Sync),
) -> Result<Vec<CaseResult>, BenchError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(ENGINE_STACK_BYTES)
        .thread_name(|index| format!("bench-worker-{index}"))
        .build()
        .map_err(|error| BenchError::Pool {
            reason: error.to_string(),
        })?;
    Ok(pool.install(|| {
        entries
            .par_iter()
            .map(|entry| {
                let result = run_entry(entry, engines, known);
                on_result(&result);
                result
            })
            .collect()
    }))
}

/// The default `--jobs`: every core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
