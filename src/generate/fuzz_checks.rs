//! The checks the cargo-fuzz targets make, kept in the library so that they are compiled and
//! tested with the bench (the targets in `fuzz/` only call them).
//!
//! - `differential`: a generated program on both engines; a divergence whose signature is not
//!   in the known list fails, a known one passes, an inconclusive case is skipped.
//! - `sweep`: a batch of library calls with edge-value arguments, drawn from the fuzzer's
//!   bytes ([`super::sweep`]); the `differential` oracle.
//! - `source`: raw bytes as Lua source on both engines under a small budget; the Ferrous VM
//!   must not crash or hang, and must accept or reject the source exactly as the reference
//!   does, with the same syntax error message. What accepted sources then compute is not
//!   compared: mutated bytes may print addresses or depend on traversal order.

use crate::diff::{compare, Comparison};
use crate::engine::{Case, Engine, Profile};
use crate::engines::by_name;
use crate::error::BenchError;
use crate::known::KnownDivergences;
use crate::outcome::{ErrorKind, Outcome, Status};
use crate::runner::run_guarded;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// Instructions a raw-source input may run: enough for what it computes to matter, small
/// enough that libFuzzer keeps thousands of executions per second.
pub const SOURCE_INSTRUCTION_BUDGET: u64 = 100_000;
/// Wall clock after which an engine counts as hung in a fuzz run.
pub const FUZZ_WALL_CLOCK: Duration = Duration::from_secs(5);

/// The Ferrous VM and the reference, with the known-divergence list.
pub struct FuzzChecks {
    engines: [Arc<dyn Engine>; 2],
    known: KnownDivergences,
}

impl FuzzChecks {
    /// Ferrous on the left, the reference on the right (the order of the known list's
    /// signatures), and the known list at `known`.
    pub fn new(known: &Path) -> Result<FuzzChecks, BenchError> {
        Ok(FuzzChecks {
            engines: [
                Arc::from(by_name("ferrous")?),
                Arc::from(by_name("reference")?),
            ],
            known: KnownDivergences::load(known)?,
        })
    }

    fn run_both(&self, case: &Case) -> (Outcome, Outcome) {
        let shared = Arc::new(case.clone());
        (
            run_guarded(&self.engines[0], &shared),
            run_guarded(&self.engines[1], &shared),
        )
    }

    /// The `differential` check; `Err` describes an unknown divergence.
    pub fn differential(&self, case: &Case) -> Result<(), String> {
        self.known_divergences_only(case, artifact_kind(case.profile))
    }

    /// The `sweep` check (library calls with edge values): the `differential` oracle.
    pub fn sweep(&self, case: &Case) -> Result<(), String> {
        self.known_divergences_only(case, "sweep")
    }

    /// Runs `case` on both engines; `Err` describes a divergence not in the known list, with
    /// the `show --artifact` kind that reproduces it.
    fn known_divergences_only(&self, case: &Case, artifact: &str) -> Result<(), String> {
        let mut case = case.clone();
        case.limits.wall_clock = FUZZ_WALL_CLOCK;
        let (left, right) = self.run_both(&case);
        match compare(&left, &right) {
            Comparison::Agree | Comparison::Inconclusive { .. } => Ok(()),
            Comparison::Diverge(divergence) => {
                if self.known.matching(&case.id, &divergence).is_some() {
                    return Ok(());
                }
                Err(format!(
                    "new {} divergence [{}]: {}\nreproduce: ferrous-conformance show <this artifact> --artifact {}",
                    divergence.category.name(),
                    divergence.signature,
                    divergence.detail,
                    artifact
                ))
            }
        }
    }

    /// The `source` check; `Err` says what the Ferrous VM did wrong.
    pub fn source(&self, case: &Case) -> Result<(), String> {
        let mut case = case.clone();
        case.limits.instructions = SOURCE_INSTRUCTION_BUDGET;
        case.limits.wall_clock = FUZZ_WALL_CLOCK;
        let (ferrous, reference) = self.run_both(&case);
        if ferrous.status.error_kind() == Some(ErrorKind::Crash) {
            return Err(format!("the Ferrous VM crashed: {}", message(&ferrous)));
        }
        if is_wall_clock_timeout(&ferrous) && !is_wall_clock_timeout(&reference) {
            return Err("the Ferrous VM hung past the wall clock".to_string());
        }
        let ferrous_syntax = ferrous.status.error_kind() == Some(ErrorKind::Syntax);
        let reference_syntax = reference.status.error_kind() == Some(ErrorKind::Syntax);
        match (ferrous_syntax, reference_syntax) {
            (false, false) => Ok(()),
            (true, true) if ferrous.status == reference.status => Ok(()),
            (true, true) => Err(format!(
                "different syntax errors: ferrous {:?} | reference {:?}",
                message(&ferrous),
                message(&reference)
            )),
            (true, false) => Err(format!(
                "the Ferrous VM rejects what the reference accepts: {:?}",
                message(&ferrous)
            )),
            (false, true) => Err(format!(
                "the Ferrous VM accepts what the reference rejects: {:?}",
                message(&reference)
            )),
        }
    }
}

/// The `show --artifact` kind of the fuzz target whose cases have `profile`: the `redis` target
/// makes the redis-profile cases of the differential check, the `differential` target the rest.
fn artifact_kind(profile: Profile) -> &'static str {
    match profile {
        Profile::Lua51 => "differential",
        Profile::Redis => "redis",
    }
}

fn message(outcome: &Outcome) -> String {
    match &outcome.status {
        Status::Ok => "ok".to_string(),
        Status::Error { message, .. } => message.lossy(),
    }
}

fn is_wall_clock_timeout(outcome: &Outcome) -> bool {
    *outcome == Outcome::wall_clock_exceeded()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::fuzz_input::{differential_case, program_from_artifact, source_case};

    fn checks() -> FuzzChecks {
        FuzzChecks::new(Path::new("corpus/known-divergences.json")).expect("engines and list")
    }

    #[test]
    fn source_check_accepts_agreeing_parsers_and_reports_nothing_for_runtime_errors() {
        let checks = checks();
        assert_eq!(checks.source(&source_case(b"return 1 +")), Ok(()));
        assert_eq!(checks.source(&source_case(b"local x = 1 return x")), Ok(()));
        assert_eq!(checks.source(&source_case(b"error({})")), Ok(()));
        assert_eq!(checks.source(&source_case(b"while true do end")), Ok(()));
    }

    #[test]
    fn differential_check_passes_generated_programs_the_engines_agree_on() {
        let checks = checks();
        let program = program_from_artifact(&[7; 300]);
        assert_eq!(checks.differential(&differential_case(&program)), Ok(()));
    }

    #[test]
    fn sweep_check_passes_calls_the_engines_agree_on() {
        let checks = checks();
        assert_eq!(
            checks.sweep(&crate::generate::sweep::fuzz_case(&[3; 40])),
            Ok(())
        );
    }

    #[test]
    fn reproduction_hint_names_the_fuzz_target_of_the_profile() {
        assert_eq!(artifact_kind(Profile::Lua51), "differential");
        assert_eq!(artifact_kind(Profile::Redis), "redis");
    }
}
