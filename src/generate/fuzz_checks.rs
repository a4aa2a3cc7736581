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
use crate::generate::bytecode_mutation::{
    lua_string_literal, same_code_as, BytecodeInput, ChunkLayout,
};
use crate::known::KnownDivergences;
use crate::outcome::{ErrorKind, Outcome, Status, Value};
use crate::reduce::oracle::Finding;
use crate::reduce::worker::examine_in_child;
use crate::runner::{run_both_guarded, run_guarded};
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

/// The known-divergence list of the commit the fuzz targets are built from. Compiled in
/// because ClusterFuzzLite runs the targets without the source tree: a list read at run time
/// would be missing there, and every known divergence would count as a finding.
const BUILT_IN_KNOWN: &str = include_str!("../../corpus/known-divergences.json");

impl FuzzChecks {
    /// Ferrous on the left, the reference on the right (the order of the known list's
    /// signatures), and the known list at `known`.
    pub fn new(known: &Path) -> Result<FuzzChecks, BenchError> {
        FuzzChecks::with_list(KnownDivergences::load(known)?)
    }

    /// The engines of [`FuzzChecks::new`] with the known list compiled into the binary, for
    /// the fuzz targets.
    pub fn built_in() -> Result<FuzzChecks, BenchError> {
        let known = KnownDivergences::parse(BUILT_IN_KNOWN).map_err(|reason| {
            BenchError::KnownDivergences {
                path: "corpus/known-divergences.json (built in)".into(),
                reason,
            }
        })?;
        FuzzChecks::with_list(known)
    }

    fn with_list(known: KnownDivergences) -> Result<FuzzChecks, BenchError> {
        Ok(FuzzChecks {
            engines: [
                Arc::from(by_name("ferrous")?),
                Arc::from(by_name("reference")?),
            ],
            known,
        })
    }

    fn run_both(&self, case: &Case) -> (Outcome, Outcome) {
        run_both_guarded(&self.engines, &Arc::new(case.clone()))
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

/// Instructions a mutated chunk may run (its loader's wrapper included).
pub const BYTECODE_INSTRUCTION_BUDGET: u64 = 100_000;
/// Memory a mutated chunk may use: small, so that an allocation the VM forgets to charge
/// stands out against it (the fuzz target's RSS limit, the test's allocation watch).
pub const BYTECODE_MEMORY_LIMIT: usize = 16 << 20;

/// What the `bytecode` check saw, when it found nothing wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BytecodeVerdict {
    /// Both loaders refused the chunk with the same message.
    RefusedByBoth,
    /// 5.1 loads a string constant of size 0 (a NULL string it crashes on when the constant
    /// is used or collected); the Ferrous VM refuses it as a bad constant.
    NullStringRefused,
    /// Both loaded it; its code differs from the seed's, so only the Ferrous run was checked.
    LoadedWithMutatedCode,
    /// Both loaded it with the seed's code, and both runs agreed (or were inconclusive).
    RunsAgree,
    /// Both loaded it with the seed's code, and reference Lua died running it.
    ReferenceCrashed,
    /// The chunk declares a vector longer than what follows: reference Lua allocates it first
    /// and runs out of the bench's memory, the Ferrous VM finds the chunk too short before
    /// allocating, as 5.1 itself does next when the allocation succeeds.
    DeclaredPastItsEnd,
}

impl FuzzChecks {
    /// The `bytecode` check on a mutated chunk, loaded with `loadstring` in the lua51
    /// profile. The Ferrous VM must not crash or hang (in-process, under the budget and the
    /// memory limit); it must refuse exactly the chunks 5.1's loader and checker refuse, with
    /// the same message; when both load a chunk whose code is the seed's, both runs happen in
    /// a child `examine` process (`examine_program`, reference Lua may crash on what its
    /// checker lets through) and must agree. `Err` says what went wrong.
    pub fn bytecode(
        &self,
        input: &BytecodeInput,
        examine_program: &Path,
    ) -> Result<BytecodeVerdict, String> {
        let chunk = input.chunk();
        let case = bytecode_case(&chunk, true);
        let ferrous = run_guarded(&self.engines[0], &Arc::new(case.clone()));
        if ferrous.status.error_kind() == Some(ErrorKind::Crash) {
            return Err(format!("the Ferrous VM crashed: {}", message(&ferrous)));
        }
        if is_wall_clock_timeout(&ferrous) {
            return Err("the Ferrous VM hung past the wall clock".to_string());
        }
        // Loading alone is safe in reference Lua: its loader checks every read and its
        // checker runs before any code.
        let reference = run_guarded(&self.engines[1], &Arc::new(bytecode_case(&chunk, false)));
        let refused_by = |outcome: &Outcome| match (&outcome.status, outcome.returns.as_slice()) {
            (Status::Ok, [first, Value::String { value }, ..]) if is_refused(first) => {
                Some(value.lossy())
            }
            _ => None,
        };
        let loaded = |outcome: &Outcome| matches!(outcome.returns.first(), Some(Value::String { value }) if value.0 == b"loaded");
        // The bench's reference reports any allocation its limit refused as running out of
        // memory, though `loadstring` returned nil and "not enough memory".
        if reference.status.error_kind() == Some(ErrorKind::Memory) {
            return match refused_by(&ferrous) {
                Some(ours) if ours == "not enough memory" => Ok(BytecodeVerdict::RefusedByBoth),
                Some(ours) if ours.ends_with(": unexpected end in precompiled chunk") => {
                    Ok(BytecodeVerdict::DeclaredPastItsEnd)
                }
                _ => Err(format!(
                    "reference Lua's loader runs out of memory; the Ferrous VM: {}",
                    message(&ferrous)
                )),
            };
        }
        if !loaded(&reference) && refused_by(&reference).is_none() {
            return Err(format!(
                "reference Lua's loader did not answer: {}",
                message(&reference)
            ));
        }
        match (refused_by(&ferrous), refused_by(&reference)) {
            (Some(ours), Some(theirs)) if ours == theirs => Ok(BytecodeVerdict::RefusedByBoth),
            (Some(ours), Some(theirs)) => Err(format!(
                "different load errors: ferrous {ours:?} | reference {theirs:?}"
            )),
            (None, Some(theirs)) => Err(format!(
                "the Ferrous VM loads a chunk reference Lua refuses with {theirs:?}"
            )),
            (Some(ours), None) => {
                if ours.ends_with("bad constant in precompiled chunk")
                    && ChunkLayout::of(&chunk).null_string_constant
                {
                    Ok(BytecodeVerdict::NullStringRefused)
                } else {
                    Err(format!(
                        "the Ferrous VM refuses a chunk reference Lua loads: {ours:?}"
                    ))
                }
            }
            (None, None) if !same_code_as(&chunk, input.seed()) => {
                Ok(BytecodeVerdict::LoadedWithMutatedCode)
            }
            (None, None) => {
                match examine_in_child(examine_program, "ferrous,reference", &case, &case.source) {
                    Finding::Agrees | Finding::Inconclusive => Ok(BytecodeVerdict::RunsAgree),
                    Finding::EngineWedged { .. } => Ok(BytecodeVerdict::ReferenceCrashed),
                    Finding::Diverges { signature, detail } => Err(format!(
                        "the runs of a chunk with the seed's code diverge [{signature}]: {detail}"
                    )),
                }
            }
        }
    }
}

fn is_refused(value: &Value) -> bool {
    matches!(value, Value::String { value } if value.0 == b"refused")
}

/// A script that loads `chunk` with `loadstring` and says `'refused', message` or
/// `'loaded'` (followed by what the chunk returns, when `run`).
pub fn bytecode_case(chunk: &[u8], run: bool) -> Case {
    let loaded = if run {
        "return 'loaded', f()"
    } else {
        "return 'loaded'"
    };
    let source = format!(
        "local f, e = loadstring({})\nif not f then return 'refused', e end\n{loaded}\n",
        lua_string_literal(chunk)
    );
    let mut case = Case::from_source("bytecode", source.as_bytes());
    case.limits.instructions = BYTECODE_INSTRUCTION_BUDGET;
    case.limits.memory_bytes = BYTECODE_MEMORY_LIMIT;
    case.limits.wall_clock = FUZZ_WALL_CLOCK;
    case
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
    fn the_built_in_known_list_is_the_corpus_list() {
        let on_disk = KnownDivergences::load(Path::new("corpus/known-divergences.json")).unwrap();
        assert_eq!(
            FuzzChecks::built_in().expect("engines and list").known,
            on_disk
        );
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
