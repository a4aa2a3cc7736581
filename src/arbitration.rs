//! Three-way arbitration for the redis profile: when the Ferrous VM and the reference disagree
//! on a redis-profile case, real Redis (a private `redis-server`, the final word on what Redis
//! does) runs the case too and decides who is wrong.
//!
//! - `reference-wrong`: Redis agrees with the engine under test, not with the reference (a
//!   limitation of the reference's Redis environment, not a regression of the VM);
//! - `ferrous-wrong`: Redis agrees with the reference;
//! - `all-differ`: Redis agrees with neither.
//!
//! It applies to runs of the reference against another engine (not `redis` itself); a run
//! without a `redis-server` goes on without verdicts and says so in its report.

use crate::corpus::Entry;
use crate::diff::{compare, Comparison};
use crate::engine::{Case, Engine, Profile};
// The engine arbitration takes sides against.
use crate::engines::redis_server::RedisServerEngine;
use crate::engines::reference::NAME as REFERENCE;
use crate::outcome::Outcome;
use crate::runner::{run_guarded, CaseResult, Verdict};
use serde::Serialize;
use std::sync::Arc;

/// The engine that arbitrates.
const REDIS: &str = "redis";

/// Who real Redis agrees with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ruling {
    ReferenceWrong,
    FerrousWrong,
    AllDiffer,
}

impl Ruling {
    pub const ALL: [Ruling; 3] = [
        Ruling::ReferenceWrong,
        Ruling::FerrousWrong,
        Ruling::AllDiffer,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Ruling::ReferenceWrong => "reference-wrong",
            Ruling::FerrousWrong => "ferrous-wrong",
            Ruling::AllDiffer => "all-differ",
        }
    }
}

/// The verdict on one divergence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Arbitration {
    pub verdict: Ruling,
    /// How Redis's outcome differs from the side it does not agree with (both, for
    /// `all-differ`).
    pub detail: String,
    /// What real Redis did.
    pub redis: Outcome,
}

/// Real Redis, ready to arbitrate the divergences of one run.
///
/// Each case runs on a fresh server: Redis 7 does not reseed `math.random` per script, so
/// on a server that ran other scripts before, unseeded random numbers would differ from the
/// ones a script gets first thing (which is what both Lua engines reproduce).
pub struct Arbiter {
    /// 0 when the reference is the left engine, 1 when it is the right one.
    reference_side: usize,
    /// The other engine, the one under test.
    tested: String,
    /// The server's version, for the report.
    pub version: String,
}

/// Whether a run arbitrates, and why not when it cannot.
pub enum Availability {
    /// Arbitration does not apply: no redis-profile case, or not the reference against
    /// another engine.
    NotApplicable,
    /// It applies, but real Redis cannot be started.
    Unavailable(String),
    Ready(Arbiter),
}

impl Availability {
    /// What the report says about arbitration: the arbiter, why there is none, or nothing.
    pub fn describe(&self) -> Option<String> {
        match self {
            Availability::NotApplicable => None,
            Availability::Unavailable(reason) => Some(format!("unavailable: {reason}")),
            Availability::Ready(arbiter) => Some(arbiter.version.clone()),
        }
    }
}

/// The arbiter of a run of `engines` over `entries`.
pub fn arbiter_for(engines: &[Arc<dyn Engine>; 2], entries: &[Entry]) -> Availability {
    let names = [engines[0].name(), engines[1].name()];
    let reference_side = match names {
        [REFERENCE, other] if other != REFERENCE && other != REDIS => 0,
        [other, REFERENCE] if other != REFERENCE && other != REDIS => 1,
        _ => return Availability::NotApplicable,
    };
    let redis_cases = entries
        .iter()
        .any(|entry| matches!(entry, Entry::Runnable(case) if case.profile == Profile::Redis));
    if !redis_cases {
        return Availability::NotApplicable;
    }
    match RedisServerEngine::new().start() {
        Ok(version) => Availability::Ready(Arbiter {
            reference_side,
            tested: names[1 - reference_side].to_string(),
            version: format!("redis-server {version}"),
        }),
        Err(error) => Availability::Unavailable(format!("cannot start redis-server: {error}")),
    }
}

impl Arbiter {
    /// Runs the case of every divergent redis-profile result on real Redis and records the
    /// verdict in its divergence. `entries` and `results` are in the same order.
    pub fn arbitrate_all(&self, entries: &[Entry], results: &mut [CaseResult]) {
        for (entry, result) in entries.iter().zip(results.iter_mut()) {
            let Entry::Runnable(case) = entry else {
                continue;
            };
            if case.profile != Profile::Redis || !case.runs_on(REDIS) {
                continue;
            }
            let (Verdict::Diverge { divergence, .. }, Some(outcomes)) =
                (&mut result.verdict, &result.outcomes)
            else {
                continue;
            };
            divergence.arbitration = self.arbitrate(case, &outcomes.0, &outcomes.1).map(Box::new);
        }
    }

    /// Runs `case` on a fresh real Redis and rules on the two outcomes (left, right).
    pub fn arbitrate(&self, case: &Case, left: &Outcome, right: &Outcome) -> Option<Arbitration> {
        let fresh: Arc<dyn Engine> = Arc::new(RedisServerEngine::new());
        let redis = run_guarded(&fresh, &Arc::new(case.clone()));
        self.judge(left, right, redis)
    }

    /// The verdict given the two outcomes (left, right) and Redis's; none when Redis could
    /// not run the case (a crash of the redis engine says nothing about the script).
    pub fn judge(&self, left: &Outcome, right: &Outcome, redis: Outcome) -> Option<Arbitration> {
        if redis.status.error_kind() == Some(crate::outcome::ErrorKind::Crash) {
            return None;
        }
        let (reference, tested) = if self.reference_side == 0 {
            (left, right)
        } else {
            (right, left)
        };
        // Redis on the right, as in `just redis` (`ferrous,redis`).
        let against_tested = compare(tested, &redis);
        let against_reference = compare(reference, &redis);
        let difference = |comparison: &Comparison, who: &str| match comparison {
            Comparison::Agree => format!("agrees with {who}"),
            Comparison::Inconclusive { reason } => format!("{who}: inconclusive ({reason})"),
            Comparison::Diverge(divergence) => format!(
                "{who} vs redis: {} ({})",
                divergence.detail,
                divergence.category.name()
            ),
        };
        let (verdict, detail) = match (&against_tested, &against_reference) {
            (Comparison::Agree, _) => (
                Ruling::ReferenceWrong,
                difference(&against_reference, REFERENCE),
            ),
            (_, Comparison::Agree) => (
                Ruling::FerrousWrong,
                difference(&against_tested, &self.tested),
            ),
            _ => (
                Ruling::AllDiffer,
                format!(
                    "{}; {}",
                    difference(&against_tested, &self.tested),
                    difference(&against_reference, REFERENCE)
                ),
            ),
        };
        Some(Arbitration {
            verdict,
            detail,
            redis,
        })
    }
}
