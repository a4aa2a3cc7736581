//! Progress display: a bar on a terminal, a plain line now and then otherwise (CI logs).

use crate::runner::{CaseResult, Verdict};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How often plain progress lines are printed at most.
const PLAIN_INTERVAL: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressMode {
    /// A bar when stderr is a terminal, plain lines otherwise.
    Automatic,
    /// Nothing (tests, `show`).
    Hidden,
}

pub struct Progress {
    total: usize,
    done: AtomicUsize,
    divergent: AtomicUsize,
    bar: Option<ProgressBar>,
    plain: Option<Mutex<Instant>>,
}

impl Progress {
    pub fn new(total: usize, mode: ProgressMode) -> Progress {
        let (bar, plain) = match mode {
            ProgressMode::Hidden => (None, None),
            ProgressMode::Automatic if std::io::stderr().is_terminal() => {
                let bar = ProgressBar::new(total as u64);
                if let Ok(style) =
                    ProgressStyle::with_template("{bar:40} {pos}/{len} cases {elapsed} {msg}")
                {
                    bar.set_style(style);
                }
                (Some(bar), None)
            }
            ProgressMode::Automatic => (None, Some(Mutex::new(Instant::now()))),
        };
        Progress {
            total,
            done: AtomicUsize::new(0),
            divergent: AtomicUsize::new(0),
            bar,
            plain,
        }
    }

    pub fn case_done(&self, result: &CaseResult) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if matches!(result.verdict, Verdict::Diverge { .. }) {
            self.divergent.fetch_add(1, Ordering::Relaxed);
        }
        let divergent = self.divergent.load(Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.set_position(done as u64);
            bar.set_message(format!("{divergent} divergent"));
        }
        if let Some(last) = &self.plain {
            let mut last = last.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if last.elapsed() >= PLAIN_INTERVAL || done == self.total {
                *last = Instant::now();
                eprintln!(
                    "ferrous-conformance: {done}/{} cases done, {divergent} divergent",
                    self.total
                );
            }
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
