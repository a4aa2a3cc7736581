//! Process-wide exclusion for reference runs.
//!
//! PUC-Rio 5.1's `math.random` draws from the C library's global `rand()` state, which every Lua
//! state in the process shares. Two cases running on parallel threads would consume each other's
//! random numbers, so a reference run holds this lock for its whole duration and reseeds the C
//! generator with `srand(1)` (the state of a fresh process) when it starts.
//!
//! A case that never returns (a runaway loop inside a C function, where no hook fires) keeps the
//! lock forever once the bench has abandoned it. Waiters notice that the holder has outlived its
//! wall clock and give up at once instead of each waiting out their own wall clock.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

struct Holder {
    since: Instant,
    allowed: Duration,
}

struct ExclusiveState {
    holder: Option<Holder>,
}

static STATE: Mutex<ExclusiveState> = Mutex::new(ExclusiveState { holder: None });
static RELEASED: Condvar = Condvar::new();

/// Proof that the calling thread owns the reference engine; releases it on drop.
pub(crate) struct ExclusiveRun {
    _private: (),
}

/// Why the reference engine could not be had.
#[derive(Debug)]
pub(crate) enum Busy {
    /// The current holder has run past its own wall clock: it was abandoned and may never end.
    Wedged { held_for: Duration },
    /// Waited for `waited` without the engine becoming free.
    TimedOut { waited: Duration },
}

impl std::fmt::Display for Busy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Busy::Wedged { held_for } => write!(
                f,
                "reference engine is wedged by an earlier case still running after {:.1}s",
                held_for.as_secs_f64()
            ),
            Busy::TimedOut { waited } => write!(
                f,
                "reference engine stayed busy for {:.1}s",
                waited.as_secs_f64()
            ),
        }
    }
}

fn lock_state() -> MutexGuard<'static, ExclusiveState> {
    // The state is two plain fields that are always consistent, so a poisoned lock is still usable.
    STATE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Takes the reference engine for one run that is allowed `allowed` of wall-clock time, waiting
/// at most `patience` for the current holder.
pub(crate) fn acquire(allowed: Duration, patience: Duration) -> Result<ExclusiveRun, Busy> {
    let started_waiting = Instant::now();
    let mut state = lock_state();
    loop {
        match &state.holder {
            None => {
                state.holder = Some(Holder {
                    since: Instant::now(),
                    allowed,
                });
                drop(state);
                // SAFETY: `srand` only writes the C library's generator state, which the lock
                // above makes ours alone.
                unsafe { libc::srand(1) };
                return Ok(ExclusiveRun { _private: () });
            }
            Some(holder) => {
                let held_for = holder.since.elapsed();
                if held_for > holder.allowed {
                    return Err(Busy::Wedged { held_for });
                }
                let waited = started_waiting.elapsed();
                if waited >= patience {
                    return Err(Busy::TimedOut { waited });
                }
                // Wake up in time to notice either the holder overrunning or our patience ending.
                let until_overrun = holder.allowed - held_for;
                let step = until_overrun.min(patience - waited) + Duration::from_millis(1);
                state = RELEASED
                    .wait_timeout(state, step)
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .0;
            }
        }
    }
}

impl Drop for ExclusiveRun {
    fn drop(&mut self) {
        lock_state().holder = None;
        RELEASED.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiters_get_the_engine_when_it_is_released_and_give_up_on_an_overrun_holder() {
        let first = acquire(Duration::from_secs(5), Duration::ZERO).expect("free engine");
        let waiter = std::thread::spawn(|| {
            acquire(Duration::from_secs(5), Duration::from_secs(5)).map(drop)
        });
        std::thread::sleep(Duration::from_millis(50));
        drop(first);
        waiter.join().expect("waiter").expect("released engine");

        let overrunning = acquire(Duration::from_millis(20), Duration::ZERO).expect("free engine");
        let started = Instant::now();
        let refused = acquire(Duration::from_secs(5), Duration::from_secs(5)).map(drop);
        assert!(matches!(refused, Err(Busy::Wedged { .. })), "{refused:?}");
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "no waiting out the patience"
        );
        drop(overrunning);

        let holder = acquire(Duration::from_secs(5), Duration::ZERO).expect("free engine");
        let impatient = acquire(Duration::from_secs(5), Duration::from_millis(20)).map(drop);
        assert!(
            matches!(impatient, Err(Busy::TimedOut { .. })),
            "{impatient:?}"
        );
        drop(holder);
    }
}
