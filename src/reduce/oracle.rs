//! The reducer's test: does a candidate script still show the divergence being reduced?
//!
//! A candidate is interesting only when both engines run it and their outcomes diverge with
//! exactly the target signature; any other divergence (another bug), agreement or an
//! inconclusive result is not. Every run goes through the bench's guarded runner, so it is
//! bounded by the case's instruction budget and by a wall clock. Verdicts are cached by the
//! SHA-1 of the candidate, and batches of candidates are tried in parallel.

use crate::diff::{compare, Comparison};
use crate::engine::{Case, Engine};
use crate::runner::run_guarded;
use rayon::prelude::*;
use sha1::{Digest, Sha1};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// What a candidate came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The engines diverge with this signature.
    Diverges {
        signature: String,
        detail: String,
    },
    Agrees,
    Inconclusive,
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
}

impl Oracle {
    /// An oracle for variants of `base` that looks for `target` (a signature).
    pub fn new(
        base: Case,
        engines: [Arc<dyn Engine>; 2],
        target: String,
        jobs: usize,
    ) -> Result<Oracle, String> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .thread_name(|index| format!("reduce-worker-{index}"))
            .build()
            .map_err(|error| error.to_string())?;
        Ok(Oracle {
            base,
            engines,
            target,
            pool,
            cache: Mutex::new(HashMap::new()),
            runs: AtomicUsize::new(0),
            cache_hits: AtomicUsize::new(0),
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

    /// Runs `source` on both engines without the cache.
    pub fn examine(&self, source: &[u8]) -> Finding {
        examine(&self.base, &self.engines, source)
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
        self.runs.fetch_add(1, Ordering::Relaxed);
        let answer = matches!(
            self.examine(source),
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
    let left = run_guarded(&engines[0], &case);
    let right = run_guarded(&engines[1], &case);
    match compare(&left, &right) {
        Comparison::Agree => Finding::Agrees,
        Comparison::Inconclusive { .. } => Finding::Inconclusive,
        Comparison::Diverge(divergence) => Finding::Diverges {
            signature: divergence.signature,
            detail: divergence.detail,
        },
    }
}
