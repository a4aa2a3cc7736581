//! In-process engine runs on long-lived helper threads, under the case's wall clock.
//!
//! Each thread that asks for a run gets its own helper thread (kept in a thread-local, so
//! parallel callers never queue behind each other) with the large stack engines need. The
//! caller waits for the outcome at most the case's wall clock. A helper that overruns is
//! abandoned (it may be looping inside an engine forever) and the caller's next run starts a
//! new one; the abandoned thread ends by itself if its run ever returns.

use crate::engine::{Case, Engine};
use crate::outcome::Outcome;
use crate::runner::{panic_message, ENGINE_STACK_BYTES};
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Once};

type Job = (Arc<dyn Engine>, Arc<Case>);

/// One helper thread: jobs go in, outcomes come back in the same order.
struct Helper {
    jobs: Sender<Job>,
    outcomes: Receiver<Outcome>,
}

/// Name of the helper threads, which the panic hook recognises.
const HELPER_NAME: &str = "engine-helper";

/// Makes panics on helper threads print one line without a backtrace: the message goes into
/// the crash outcome anyway, and capturing a backtrace (`RUST_BACKTRACE=1`) can take longer
/// than a small wall clock, turning the crash into a timeout.
fn quiet_helper_panics() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(HELPER_NAME) {
                eprintln!("engine panicked: {info}");
            } else {
                previous(info);
            }
        }));
    });
}

impl Helper {
    fn start() -> std::io::Result<Helper> {
        quiet_helper_panics();
        let (jobs, job_receiver) = mpsc::channel::<Job>();
        let (outcome_sender, outcomes) = mpsc::channel();
        std::thread::Builder::new()
            .name(HELPER_NAME.to_string())
            .stack_size(ENGINE_STACK_BYTES)
            .spawn(move || {
                for (engine, case) in job_receiver {
                    let outcome = catch_unwind(AssertUnwindSafe(|| engine.run(&case)))
                        .unwrap_or_else(|payload| {
                            Outcome::crashed(panic_message(payload.as_ref()).as_str())
                        });
                    if outcome_sender.send(outcome).is_err() {
                        // The caller abandoned this helper while it ran: nobody is left to serve.
                        break;
                    }
                }
            })?;
        Ok(Helper { jobs, outcomes })
    }
}

thread_local! {
    static HELPER: RefCell<Option<Helper>> = const { RefCell::new(None) };
}

/// Runs `engine` on `case` on the calling thread's helper, giving up after the case's wall
/// clock (a one-sided `timeout` outcome).
pub fn run_on_helper(engine: &Arc<dyn Engine>, case: &Arc<Case>) -> Outcome {
    let [outcome] = run_all_on_helper([engine], case);
    outcome
}

/// Runs both engines on `case`, one after the other, on the calling thread's helper: one
/// hand-over to the helper instead of two. Each run has the case's whole wall clock, counted
/// from the end of the run before it; if the first overruns, the second runs on a new helper.
pub fn run_both_on_helper(engines: &[Arc<dyn Engine>; 2], case: &Arc<Case>) -> [Outcome; 2] {
    run_all_on_helper([&engines[0], &engines[1]], case)
}

fn run_all_on_helper<const N: usize>(
    engines: [&Arc<dyn Engine>; N],
    case: &Arc<Case>,
) -> [Outcome; N] {
    HELPER.with(|slot| {
        let mut slot = slot.borrow_mut();
        // Engines before this index were handed over to the current helper (or answered).
        let mut handed_over = 0;
        std::array::from_fn(|index| {
            if index == handed_over {
                match hand_over(&mut slot, &engines[index..], case) {
                    Ok(count) => handed_over = index + count,
                    Err(reason) => {
                        handed_over = index + 1;
                        return Outcome::crashed(reason.as_str());
                    }
                }
            }
            let helper = slot.as_ref().expect("the helper the run was handed to");
            match helper.outcomes.recv_timeout(case.limits.wall_clock) {
                Ok(outcome) => outcome,
                Err(error) => {
                    // The helper is abandoned, with the runs queued behind the stuck one: they
                    // go to a new helper.
                    *slot = None;
                    handed_over = index + 1;
                    match error {
                        RecvTimeoutError::Timeout => Outcome::wall_clock_exceeded(),
                        RecvTimeoutError::Disconnected => {
                            Outcome::crashed("the engine thread ended without an outcome")
                        }
                    }
                }
            }
        })
    })
}

/// Queues runs of `engines` on the helper in `slot` (started if there is none); how many were
/// queued, or why the first run crashed when none could be.
fn hand_over(
    slot: &mut Option<Helper>,
    engines: &[&Arc<dyn Engine>],
    case: &Arc<Case>,
) -> Result<usize, String> {
    if slot.is_none() {
        let helper = Helper::start()
            .map_err(|error| format!("cannot start a thread for the engine: {error}"))?;
        *slot = Some(helper);
    }
    let helper = slot.as_ref().expect("a helper");
    let queued = engines
        .iter()
        .take_while(|engine| {
            helper
                .jobs
                .send((Arc::clone(engine), Arc::clone(case)))
                .is_ok()
        })
        .count();
    if queued == 0 {
        *slot = None;
        return Err("the engine thread ended without an outcome".to_string());
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engines::by_name;
    use crate::outcome::{ErrorKind, Status};
    use std::time::Duration;

    /// Loops for ever on a marker, panics on another, else answers like the Ferrous VM.
    struct Stubborn;

    impl Engine for Stubborn {
        fn name(&self) -> &str {
            "stubborn"
        }
        fn version(&self) -> String {
            "test".to_string()
        }
        fn run(&self, case: &Case) -> Outcome {
            if case.source.starts_with(b"--hang") {
                loop {
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
            if case.source.starts_with(b"--panic") {
                panic!("told to");
            }
            by_name("ferrous").expect("ferrous").run(case)
        }
    }

    #[test]
    fn a_hung_run_times_out_alone_and_the_next_run_gets_a_fresh_helper() {
        let engine: Arc<dyn Engine> = Arc::new(Stubborn);
        let mut hang = Case::from_source("hang", b"--hang");
        hang.limits.wall_clock = Duration::from_millis(100);
        let ok = Arc::new(Case::from_source("ok", b"return 7"));
        let first = run_on_helper(&engine, &ok);
        assert_eq!(
            run_on_helper(&engine, &Arc::new(hang)),
            Outcome::wall_clock_exceeded()
        );
        assert_eq!(run_on_helper(&engine, &ok), first);
        let panicked = run_on_helper(&engine, &Arc::new(Case::from_source("p", b"--panic")));
        assert!(
            matches!(&panicked.status, Status::Error { kind: ErrorKind::Crash, message }
                if message.lossy().contains("told to")),
            "{panicked:?}"
        );
        assert_eq!(run_on_helper(&engine, &ok), first);
    }

    #[test]
    fn a_pair_run_on_one_helper_times_out_only_the_stuck_engine() {
        let stubborn: Arc<dyn Engine> = Arc::new(Stubborn);
        let ferrous: Arc<dyn Engine> = Arc::from(by_name("ferrous").expect("ferrous"));
        let mut hang = Case::from_source("hang", b"--hang\nreturn 7");
        hang.limits.wall_clock = Duration::from_millis(100);
        let hang = Arc::new(hang);
        let answer = ferrous.run(&hang);
        assert_eq!(answer.status.label(), "ok");
        let [stuck, answered] = run_both_on_helper(&[stubborn.clone(), ferrous.clone()], &hang);
        assert_eq!(stuck, Outcome::wall_clock_exceeded());
        assert_eq!(answered, answer);
        let [answered, stuck] = run_both_on_helper(&[ferrous, stubborn], &hang);
        assert_eq!((answered, stuck), (answer, Outcome::wall_clock_exceeded()));
    }
}
