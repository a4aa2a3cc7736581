//! The reducer's test: does a candidate script still show the divergence being reduced?
//!
//! A candidate is interesting only when both engines run it and their outcomes diverge with
//! exactly the target signature; any other divergence (another bug), agreement or an
//! inconclusive result is not. Every run goes through the bench's guarded runner, so it is
//! bounded by an instruction budget and by a wall clock. Verdicts are cached by the SHA-1 of
//! the candidate, and batches of candidates are tried in parallel.
//!
//! An engine run abandoned by the wall clock (reference Lua stuck in a C function) goes on only
//! on its abandoned helper thread and spoils no later candidate. When candidates run in child
//! processes and a child cannot be started or answers nonsense, the oracle calls the engines
//! *wedged* and says so, so the reducer can stop instead of judging every later candidate on a
//! broken set-up.

use crate::bench::{in_worker_processes, resolve_engines};
use crate::diff::{compare, Comparison};
use crate::engine::{Case, Engine};
use crate::runner::run_both_guarded;
use rayon::prelude::*;
use sha1::{Digest, Sha1};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// What a candidate came to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "finding", rename_all = "kebab-case")]
pub enum Finding {
    /// The engines diverge with this signature.
    Diverges {
        signature: String,
        detail: String,
    },
    Agrees,
    Inconclusive,
    /// The candidate could not be run at all (its child process failed to start or to answer).
    EngineWedged {
        reason: String,
    },
}

/// Where candidates run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Isolation {
    /// In this process, on the engines given (the only way for engines built in code).
    #[default]
    InProcess,
    /// The registry's engines `engines` (`a,b`) in pools of worker processes of the bench
    /// binary `program` (see [`crate::workers::process`]): an engine stuck in C code or dying
    /// costs one candidate and a fresh worker.
    Subprocess { program: PathBuf, engines: String },
}

impl Isolation {
    /// Child processes of this very program, on the registry's engines `engines`.
    pub fn child_processes(engines: &str) -> Isolation {
        match std::env::current_exe() {
            Ok(program) => Isolation::Subprocess {
                program,
                engines: engines.to_string(),
            },
            Err(_) => Isolation::InProcess,
        }
    }
}

/// Runs candidates of one case and remembers the answers.
pub struct Oracle {
    base: Case,
    engines: [Arc<dyn Engine>; 2],
    target: String,
    pool: rayon::ThreadPool,
    cache: Mutex<HashMap<[u8; 20], bool>>,
    runs: AtomicUsize,
    cache_hits: AtomicUsize,
    wedged: Mutex<Option<String>>,
}

impl Oracle {
    /// An oracle for variants of `base` that looks for `target` (a signature).
    pub fn new(
        base: Case,
        engines: [Arc<dyn Engine>; 2],
        target: String,
        jobs: usize,
        isolation: Isolation,
    ) -> Result<Oracle, String> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .thread_name(|index| format!("reduce-worker-{index}"))
            .build()
            .map_err(|error| error.to_string())?;
        let engines = match isolation {
            Isolation::InProcess => engines,
            Isolation::Subprocess { program, engines } => {
                let named = resolve_engines(&engines).map_err(|error| error.to_string())?;
                in_worker_processes(named, &program)
            }
        };
        Ok(Oracle {
            base,
            engines,
            target,
            pool,
            cache: Mutex::new(HashMap::new()),
            runs: AtomicUsize::new(0),
            cache_hits: AtomicUsize::new(0),
            wedged: Mutex::new(None),
        })
    }

    pub fn target(&self) -> &str {
        &self.target
    }

    /// Candidates actually run (each on both engines).
    pub fn runs(&self) -> usize {
        self.runs.load(Ordering::Relaxed)
    }

    /// Candidates answered from the cache.
    pub fn cache_hits(&self) -> usize {
        self.cache_hits.load(Ordering::Relaxed)
    }

    /// Why an engine became unusable during the search, if it did.
    pub fn wedged(&self) -> Option<String> {
        self.wedged
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Runs `source` on both engines without the cache.
    pub fn examine(&self, source: &[u8]) -> Finding {
        let finding = examine(&self.base, &self.engines, source);
        if let Finding::EngineWedged { reason } = &finding {
            self.wedged
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .get_or_insert_with(|| reason.clone());
        }
        finding
    }

    /// Whether `source` shows the target divergence (cached).
    pub fn is_interesting(&self, source: &[u8]) -> bool {
        let key: [u8; 20] = Sha1::digest(source).into();
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(&key)
            .copied();
        if let Some(answer) = cached {
            self.cache_hits.fetch_add(1, Ordering::Relaxed);
            return answer;
        }
        if self.wedged().is_some() {
            return false;
        }
        self.runs.fetch_add(1, Ordering::Relaxed);
        let finding = self.examine(source);
        if let Finding::EngineWedged { .. } = finding {
            // Not a verdict on the candidate: keep it out of the cache.
            return false;
        }
        let answer = matches!(
            finding,
            Finding::Diverges { signature, .. } if signature == self.target
        );
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(key, answer);
        answer
    }

    /// The position of the first interesting candidate, trying them in parallel.
    pub fn first_interesting(&self, candidates: &[Vec<u8>]) -> Option<usize> {
        self.pool.install(|| {
            candidates
                .par_iter()
                .position_first(|candidate| self.is_interesting(candidate))
        })
    }
}

/// Runs `source` as a variant of `base` on both engines and compares.
pub fn examine(base: &Case, engines: &[Arc<dyn Engine>; 2], source: &[u8]) -> Finding {
    let case = Arc::new(Case {
        source: source.to_vec(),
        ..base.clone()
    });
    let (left, right) = run_both_guarded(engines, &case);
    match compare(&left, &right) {
        Comparison::Agree => Finding::Agrees,
        Comparison::Inconclusive { .. } => Finding::Inconclusive,
        Comparison::Diverge(divergence) => Finding::Diverges {
            signature: divergence.signature,
            detail: divergence.detail,
        },
    }
}
