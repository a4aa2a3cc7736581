//! Ctrl-C during a run: instead of dying with only the progress log on disk, the run writes
//! its final report from the cases that finished (marked `interrupted: true`), prints the
//! summary and exits with 130, the shell's code for SIGINT.
//!
//! The signal handler only sets a flag (nothing else is safe there); a watcher thread polls it
//! and does the work.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Exit code of a run ended by SIGINT (128 + 2).
pub const INTERRUPTED_EXIT_CODE: i32 = 130;

/// How often the watcher looks at the flag.
const POLL: Duration = Duration::from_millis(50);

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Watches alive; SIGINT gets its default action back when the last one ends.
static WATCHES: AtomicUsize = AtomicUsize::new(0);

extern "C" fn note_interrupt(_signal: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Watches for SIGINT while it lives; once the last watch is dropped, Ctrl-C ends the process
/// as usual again.
pub struct Watch {
    done: Arc<AtomicBool>,
    watcher: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
        // Joined so that what the callback holds (the report's lock) is released by the time
        // the run returns.
        if let Some(watcher) = self.watcher.take() {
            let _ = watcher.join();
        }
        if WATCHES.fetch_sub(1, Ordering::SeqCst) == 1 {
            // SAFETY: restoring the default disposition.
            unsafe {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
            }
        }
    }
}

/// Calls `on_interrupt` (on a watcher thread) when SIGINT arrives while the returned watch
/// lives; `on_interrupt` is expected to end the process.
pub fn on_interrupt(on_interrupt: impl FnOnce() + Send + 'static) -> Watch {
    WATCHES.fetch_add(1, Ordering::SeqCst);
    // SAFETY: the handler only stores into an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            note_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
    let done = Arc::new(AtomicBool::new(false));
    let watching = Arc::clone(&done);
    let spawned = std::thread::Builder::new()
        .name("interrupt-watch".to_string())
        .spawn(move || {
            while !watching.load(Ordering::SeqCst) {
                if INTERRUPTED.load(Ordering::SeqCst) {
                    on_interrupt();
                    return;
                }
                std::thread::sleep(POLL);
            }
        });
    if spawned.is_err() {
        // Without a watcher Ctrl-C must still stop the run: give SIGINT its default back.
        // SAFETY: restoring the default disposition.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
        }
    }
    Watch {
        done,
        watcher: spawned.ok(),
    }
}
