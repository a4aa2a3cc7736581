//! Shrinking a generated program through its generator.
//!
//! A generated program is a function of its decisions ([`crate::generate::from_decisions`]),
//! and the generator reads a missing or zero decision as "the simplest option". So instead of
//! editing the program's text, this pass edits the decision bytes — drops runs of them, zeroes
//! runs, lowers single bytes — and keeps an edit when the regenerated program still shows the
//! same divergence signature (the reducer's [`Oracle`]). Such edits remove whole blocks,
//! switch features off and pick simpler literals in one step, and every candidate is a valid
//! generated program. The syntax-aware reducer then finishes on the smallest program found
//! ([`reduce_generated`]).
//!
//! Each accepted byte string is smaller in shortlex order (shorter, or as long and smaller
//! byte by byte) than the one before, so the search ends; a time limit may end it earlier.

use super::oracle::Oracle;
use super::{prepare, reduce, PassRecord, Prepared, ReduceError, ReduceOptions, Reduction};
use crate::engine::{Case, Engine};
use crate::generate::features::FeatureSet;
use crate::generate::{case_for, decisions_of_seed, file_name, from_decisions, from_seed};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Most rounds of all byte passes; only bounds pathological searches.
const MAX_ROUNDS: usize = 8;

/// Share of the time limit the byte passes may use; the syntax-aware passes get the rest.
const DECISION_SHARE: f64 = 0.6;

/// The edits tried on decision bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ByteEdit {
    /// Remove `chunk` bytes: later decisions move up, the tail runs out sooner.
    Drop { chunk: usize },
    /// Set `chunk` bytes to zero: those decisions take their simplest option.
    Zero { chunk: usize },
    /// Halve one byte, or failing that take one off it.
    Lower,
}

impl ByteEdit {
    fn name(self) -> String {
        match self {
            ByteEdit::Drop { .. } => "drop decisions".to_string(),
            ByteEdit::Zero { .. } => "zero decisions".to_string(),
            ByteEdit::Lower => "lower decisions".to_string(),
        }
    }

    /// The `index`-th candidate of this edit on `bytes`, or `None` past the last one.
    /// Candidates that would change nothing come back as the unchanged bytes.
    fn apply(self, bytes: &[u8], index: usize) -> Option<Vec<u8>> {
        match self {
            ByteEdit::Drop { chunk } => {
                let start = index.checked_mul(chunk)?;
                if start >= bytes.len() {
                    return None;
                }
                let end = (start + chunk).min(bytes.len());
                let mut edited = bytes[..start].to_vec();
                edited.extend_from_slice(&bytes[end..]);
                Some(edited)
            }
            ByteEdit::Zero { chunk } => {
                let start = index.checked_mul(chunk)?;
                if start >= bytes.len() {
                    return None;
                }
                let end = (start + chunk).min(bytes.len());
                let mut edited = bytes.to_vec();
                edited[start..end].fill(0);
                Some(edited)
            }
            ByteEdit::Lower => {
                // Two candidates per byte: its half, then one less.
                let position = index / 2;
                let byte = *bytes.get(position)?;
                let lowered = if index.is_multiple_of(2) {
                    byte / 2
                } else {
                    byte.saturating_sub(1)
                };
                let mut edited = bytes.to_vec();
                edited[position] = lowered;
                Some(edited)
            }
        }
    }
}

/// Whether `a` comes before `b` in shortlex order.
fn shortlex_smaller(a: &[u8], b: &[u8]) -> bool {
    (a.len(), a) < (b.len(), b)
}

/// The largest power of two not above `n` (1 for 0).
fn largest_power_of_two(n: usize) -> usize {
    1usize << (usize::BITS - 1 - n.max(1).leading_zeros())
}

/// The result of the byte passes.
#[derive(Debug, Clone)]
pub struct DecisionShrink {
    /// The decision bytes the search started from, and the smallest interesting ones.
    pub original: Vec<u8>,
    pub shrunk: Vec<u8>,
    /// The program the shrunk bytes build.
    pub program: Vec<u8>,
    /// Candidate programs run, and candidates answered from the oracle's cache.
    pub runs: usize,
    pub cache_hits: usize,
    pub elapsed: Duration,
    pub stopped_early: bool,
    pub passes: Vec<PassRecord>,
}

/// The byte search over one program's decisions.
struct ByteSearch<'a> {
    oracle: &'a Oracle,
    allowed: FeatureSet,
    origin: &'a str,
    deadline: Instant,
    batch: usize,
    current: Vec<u8>,
    passes: Vec<PassRecord>,
    stopped_early: bool,
}

impl ByteSearch<'_> {
    fn out_of_time(&mut self) -> bool {
        if Instant::now() >= self.deadline || self.oracle.wedged().is_some() {
            self.stopped_early = true;
        }
        self.stopped_early
    }

    fn program(&self, decisions: &[u8]) -> Vec<u8> {
        from_decisions(decisions, self.allowed, self.origin)
            .source
            .into_bytes()
    }

    /// Tries the candidates of `edit` in order, keeping each one whose program still shows
    /// the divergence.
    fn pass(&mut self, edit: ByteEdit) {
        let mut accepted = 0;
        let mut index = 0;
        loop {
            if self.out_of_time() {
                break;
            }
            let mut batch = Vec::new();
            let mut probe = index;
            while batch.len() < self.batch {
                let Some(edited) = edit.apply(&self.current, probe) else {
                    break;
                };
                if shortlex_smaller(&edited, &self.current) {
                    batch.push((probe, edited));
                }
                probe += 1;
            }
            if batch.is_empty() {
                break;
            }
            let programs: Vec<Vec<u8>> = batch
                .iter()
                .map(|(_, decisions)| self.program(decisions))
                .collect();
            match self.oracle.first_interesting(&programs) {
                Some(position) => {
                    let (found, decisions) = batch.swap_remove(position);
                    self.current = decisions;
                    // A dropped run moves later bytes here: look at the same place again.
                    index = found;
                    accepted += 1;
                }
                None => index = probe,
            }
        }
        let name = edit.name();
        match self.passes.iter_mut().find(|record| record.pass == name) {
            Some(record) => record.accepted += accepted,
            None => self.passes.push(PassRecord {
                pass: name,
                accepted,
            }),
        }
    }

    /// One round: zero and drop runs of halving length, then lower single bytes.
    fn round(&mut self) {
        let mut chunk = largest_power_of_two(self.current.len());
        while chunk >= 1 && !self.out_of_time() {
            self.pass(ByteEdit::Zero { chunk });
            self.pass(ByteEdit::Drop { chunk });
            chunk /= 2;
        }
        self.pass(ByteEdit::Lower);
    }
}

/// Shrinks `decisions` while the program they build (features from `allowed`, `origin` in its
/// header) stays interesting to `oracle`, until nothing shrinks or `deadline` passes.
pub fn shrink_decisions(
    oracle: &Oracle,
    decisions: &[u8],
    allowed: FeatureSet,
    origin: &str,
    deadline: Instant,
    jobs: usize,
) -> DecisionShrink {
    let started = Instant::now();
    let runs_before = oracle.runs();
    let hits_before = oracle.cache_hits();
    let mut search = ByteSearch {
        oracle,
        allowed,
        origin,
        deadline,
        batch: jobs.max(1),
        current: decisions.to_vec(),
        passes: Vec::new(),
        stopped_early: false,
    };
    for _ in 0..MAX_ROUNDS {
        let before = search.current.clone();
        search.round();
        if search.current == before || search.out_of_time() {
            break;
        }
    }
    let program = search.program(&search.current);
    DecisionShrink {
        original: decisions.to_vec(),
        shrunk: search.current,
        program,
        runs: oracle.runs() - runs_before,
        cache_hits: oracle.cache_hits() - hits_before,
        elapsed: started.elapsed(),
        stopped_early: search.stopped_early,
        passes: search.passes,
    }
}

/// A generated program reduced through its generator, then by the syntax-aware reducer.
#[derive(Debug, Clone)]
pub struct GeneratedReduction {
    pub seed: u64,
    /// The case the generated program ran as (its source is the original program).
    pub case: Case,
    pub decisions: DecisionShrink,
    /// The final syntax-aware reduction of the program the decisions built.
    pub reduction: Reduction,
}

/// The header line of programs rebuilt from the shrunk decisions of `seed`.
fn shrunk_origin(seed: u64) -> String {
    format!("decisions of generate --seed {seed}, shrunk")
}

/// Reduces the generated program of `seed` (features drawn from `allowed`) on `engines`:
/// first through its decision bytes, then with [`reduce`] on the resulting program. The time
/// limit of `options` covers both.
pub fn reduce_generated(
    seed: u64,
    allowed: FeatureSet,
    engines: &[Arc<dyn Engine>; 2],
    options: &ReduceOptions,
) -> Result<GeneratedReduction, ReduceError> {
    let started = Instant::now();
    let program = from_seed(seed, allowed);
    let case = case_for(&program, &file_name(seed));
    let decisions = decisions_of_seed(seed, allowed);
    let origin = shrunk_origin(seed);
    let replayed = from_decisions(&decisions, allowed, &origin);
    // The two programs differ only in their first (origin) line.
    if replayed.source[replayed.body_start..] != program.source[program.body_start..] {
        return Err(ReduceError::Setup {
            reason: format!("the recorded decisions of seed {seed} do not rebuild its program"),
        });
    }
    let Prepared {
        oracle, signature, ..
    } = prepare(&case, &case.source, engines, options)?;
    let deadline = started + options.time_limit.mul_f64(DECISION_SHARE);
    let shrink = shrink_decisions(
        &oracle,
        &decisions,
        allowed,
        &origin,
        deadline,
        options.jobs,
    );
    if let Some(reason) = oracle.wedged() {
        return Err(ReduceError::EngineWedged { reason });
    }
    let final_case = Case {
        source: shrink.program.clone(),
        ..case.clone()
    };
    let final_options = ReduceOptions {
        time_limit: options.time_limit.saturating_sub(started.elapsed()),
        target: Some(signature),
        ..options.clone()
    };
    let mut reduction = reduce(&final_case, engines, &final_options)?;
    reduction.original = case.source.clone();
    reduction.elapsed = started.elapsed();
    Ok(GeneratedReduction {
        seed,
        case,
        decisions: shrink,
        reduction,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_enumerate_their_candidates() {
        let bytes = [9, 8, 7, 6, 5];
        assert_eq!(
            ByteEdit::Drop { chunk: 2 }.apply(&bytes, 1),
            Some(vec![9, 8, 5])
        );
        assert_eq!(
            ByteEdit::Drop { chunk: 2 }.apply(&bytes, 2),
            Some(vec![9, 8, 7, 6])
        );
        assert_eq!(ByteEdit::Drop { chunk: 2 }.apply(&bytes, 3), None);
        assert_eq!(
            ByteEdit::Zero { chunk: 4 }.apply(&bytes, 1),
            Some(vec![9, 8, 7, 6, 0])
        );
        assert_eq!(ByteEdit::Lower.apply(&bytes, 2), Some(vec![9, 4, 7, 6, 5]));
        assert_eq!(ByteEdit::Lower.apply(&bytes, 3), Some(vec![9, 7, 7, 6, 5]));
        assert_eq!(ByteEdit::Lower.apply(&bytes, 10), None);
    }

    #[test]
    fn shortlex_prefers_shorter_then_smaller() {
        assert!(shortlex_smaller(&[9, 9], &[0, 0, 0]));
        assert!(shortlex_smaller(&[1, 0], &[1, 1]));
        assert!(!shortlex_smaller(&[1, 1], &[1, 1]));
        assert_eq!(largest_power_of_two(0), 1);
        assert_eq!(largest_power_of_two(1000), 512);
    }

    #[test]
    fn recorded_decisions_rebuild_seeded_programs() {
        let allowed = crate::generate::default_features();
        for seed in [1, 7, 12345] {
            let program = from_seed(seed, allowed);
            let rebuilt = from_decisions(&decisions_of_seed(seed, allowed), allowed, "x");
            assert_eq!(
                rebuilt.source[rebuilt.body_start..],
                program.source[program.body_start..]
            );
        }
    }
}
