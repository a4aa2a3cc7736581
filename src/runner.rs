//! Running cases on two engines in parallel, each run under a wall-clock guard.
//!
//! Cases are spread over a rayon pool (`--jobs`). An in-process engine runs on a long-lived
//! helper thread of the pool thread, with a large stack (engines may recurse deeply), and is
//! awaited at most the case's wall clock ([`crate::workers::threads`]). On expiry the run is
//! recorded as a one-sided `timeout` and the helper is abandoned, so even an engine looping
//! inside Rust cannot hang the bench. A panic in an engine becomes a `crash` outcome with the
//! panic message. Engines in worker processes ([`crate::workers::process`]) guard themselves.

use crate::corpus::Entry;
use crate::diff::{compare, Comparison, Divergence};
use crate::engine::{Case, Engine};
use crate::engines::reference;
use crate::error::BenchError;
use crate::known::KnownDivergences;
use crate::outcome::{ErrorKind, Outcome};
use crate::workers::threads::{run_both_on_helper, run_on_helper};
use rayon::prelude::*;
use std::path::PathBuf;
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

/// Runs `engine` on `case`, giving up after the case's wall clock.
pub fn run_guarded(engine: &Arc<dyn Engine>, case: &Arc<Case>) -> Outcome {
    if engine.guards_itself() {
        engine.run(case)
    } else {
        run_on_helper(engine, case)
    }
}

/// Runs both engines on `case`, each under the case's wall clock. Engines in worker processes
/// run side by side; engines that need a guard share one hand-over to the calling thread's
/// helper.
pub fn run_both_guarded(engines: &[Arc<dyn Engine>; 2], case: &Arc<Case>) -> (Outcome, Outcome) {
    match (engines[0].guards_itself(), engines[1].guards_itself()) {
        (true, true) => {
            let left = engines[0].start_run(case);
            let right = engines[1].start_run(case);
            return (left(), right());
        }
        (false, false) => {}
        _ => {
            return (
                run_guarded(&engines[0], case),
                run_guarded(&engines[1], case),
            )
        }
    }
    let [left, right] = run_both_on_helper(engines, case);
    (left, right)
}

/// The text of a caught panic, for a `crash` outcome.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
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
    let (left, right) = run_both_guarded(engines, &case);
    if let Some(reason) = unanswered_by_reference(engines, &left, &right) {
        return finish(
            Verdict::Inconclusive { reason },
            Some(Box::new((left, right))),
        );
    }
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

/// A reference run abandoned at the wall clock (stuck inside C code, where no instruction
/// budget reaches) leaves the case without an oracle: it is inconclusive whatever the other
/// engine did, unless that engine crashed. The other engine overrunning alone stays a divergence.
fn unanswered_by_reference(
    engines: &[Arc<dyn Engine>; 2],
    left: &Outcome,
    right: &Outcome,
) -> Option<String> {
    let abandoned = |outcome: &Outcome| *outcome == Outcome::wall_clock_exceeded();
    let crashed = |outcome: &Outcome| outcome.status.error_kind() == Some(ErrorKind::Crash);
    let sides = [(0, left, right), (1, right, left)];
    sides.into_iter().find_map(|(index, outcome, other)| {
        let other_name = engines[1 - index].name();
        (engines[index].name() == reference::NAME
            && abandoned(outcome)
            && !abandoned(other)
            && !crashed(other))
        .then(|| {
            format!(
                "one-sided timeout: the reference exceeded the wall clock while {other_name} finished"
            )
        })
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::Category;
    use crate::engines::ferrous::FerrousEngine;

    /// Answers like the Ferrous VM, under the name it is given, after sleeping past small wall
    /// clocks when `slow`.
    struct Named {
        name: &'static str,
        slow: bool,
    }

    impl Engine for Named {
        fn name(&self) -> &str {
            self.name
        }
        fn version(&self) -> String {
            "test".to_string()
        }
        fn run(&self, case: &Case) -> Outcome {
            if self.slow {
                std::thread::sleep(Duration::from_millis(500));
            }
            FerrousEngine.run(case)
        }
    }

    fn verdict(left: Named, right: Named) -> Verdict {
        let mut case = Case::from_source("case", b"return 1");
        case.limits.wall_clock = Duration::from_millis(100);
        let engines: [Arc<dyn Engine>; 2] = [Arc::new(left), Arc::new(right)];
        run_entry(
            &Entry::Runnable(case),
            &engines,
            &KnownDivergences::default(),
        )
        .verdict
    }

    #[test]
    fn a_reference_past_the_wall_clock_leaves_the_case_inconclusive() {
        let found = verdict(
            Named {
                name: "ferrous",
                slow: false,
            },
            Named {
                name: reference::NAME,
                slow: true,
            },
        );
        assert!(
            matches!(&found, Verdict::Inconclusive { reason } if reason.contains("one-sided timeout")),
            "{found:?}"
        );
    }

    #[test]
    fn another_engine_past_the_wall_clock_is_a_timeout_divergence() {
        let found = verdict(
            Named {
                name: "ferrous",
                slow: true,
            },
            Named {
                name: reference::NAME,
                slow: false,
            },
        );
        assert!(
            matches!(&found, Verdict::Diverge { divergence, .. } if divergence.category == Category::Timeout),
            "{found:?}"
        );
    }
}
