//! The busy state of a long-running script.
//!
//! Once a script has run longer than the time limit (Redis's `busy-reply-threshold`), Redis
//! answers other clients with a `BUSY` error and accepts `SCRIPT KILL`. The VM does not stop
//! to look at the clock, so a watchdog thread raises the busy flag when the limit passes;
//! hosts read it through [`BusyWatch::flag`] to answer other clients.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What Redis answers other clients while a script is busy.
pub const BUSY_ERROR: &str =
    "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";

#[derive(Default)]
struct Schedule {
    /// When the running script becomes busy; `None` when no script runs.
    deadline: Option<Instant>,
    shutdown: bool,
}

struct Shared {
    schedule: Mutex<Schedule>,
    wake: Condvar,
    busy: Arc<AtomicBool>,
}

/// A watchdog thread that sets the busy flag when a script outlives its time limit.
pub struct BusyWatch {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl BusyWatch {
    /// Starts the watchdog; `busy` is the flag it raises.
    pub fn start(busy: Arc<AtomicBool>) -> std::io::Result<BusyWatch> {
        let shared = Arc::new(Shared {
            schedule: Mutex::new(Schedule::default()),
            wake: Condvar::new(),
            busy,
        });
        let watched = shared.clone();
        let thread = std::thread::Builder::new()
            .name("redis-busy-watch".into())
            .spawn(move || watch(&watched))?;
        Ok(BusyWatch {
            shared,
            thread: Some(thread),
        })
    }

    /// A script starts now and becomes busy after `limit`.
    pub fn script_started(&self, limit: Duration) {
        self.shared.busy.store(false, Ordering::SeqCst);
        self.update(|s| s.deadline = Instant::now().checked_add(limit));
    }

    /// The script ended: it is no longer busy.
    pub fn script_ended(&self) {
        self.update(|s| s.deadline = None);
        self.shared.busy.store(false, Ordering::SeqCst);
    }

    fn update(&self, change: impl FnOnce(&mut Schedule)) {
        let mut schedule = self
            .shared
            .schedule
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        change(&mut schedule);
        self.shared.wake.notify_all();
    }
}

impl Drop for BusyWatch {
    fn drop(&mut self) {
        self.update(|s| s.shutdown = true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn watch(shared: &Shared) {
    let mut schedule = shared
        .schedule
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    while !schedule.shutdown {
        schedule = match schedule.deadline {
            None => shared
                .wake
                .wait(schedule)
                .unwrap_or_else(PoisonError::into_inner),
            Some(deadline) => {
                let now = Instant::now();
                if now >= deadline {
                    shared.busy.store(true, Ordering::SeqCst);
                    schedule.deadline = None;
                    schedule
                } else {
                    shared
                        .wake
                        .wait_timeout(schedule, deadline - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
            }
        };
    }
}
