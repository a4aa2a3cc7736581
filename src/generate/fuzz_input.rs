//! cargo-fuzz's front end: a generated program as `arbitrary::Arbitrary` structured input.
//!
//! The fuzzer's bytes are the generator's decisions ([`super::choices::ByteChoices`]), so
//! libFuzzer's mutations and its corpus minimisation work on program shapes, and a crash
//! artifact is exactly the bytes that rebuild the program ([`program_from_artifact`]).

use super::{from_bytes, redis_from_bytes, Program};
use crate::engine::Case;
use arbitrary::{Arbitrary, Unstructured};

/// File name the fuzz targets give their chunks (error positions read `fuzz.lua:12:`).
pub const FUZZ_CHUNK_FILE: &str = "fuzz.lua";

/// Decisions a fuzz input may make; bytes past this are ignored. More decisions make longer
/// programs, which cost more per execution than they find. Measured by `just bench-bench`, the
/// `differential` check runs about 2,400 random inputs of up to 512 bytes per CPU-second, 3,400
/// of up to 256 and 1,560 of up to 4096. The libFuzzer target itself runs fewer, about 940
/// executions per CPU-second for a minute from a grown corpus (the programs libFuzzer keeps
/// cover more, so they run longer, and its coverage bookkeeping takes a fifth of the time).
/// `fuzz.just` passes the same cap to libFuzzer as `-max_len`.
pub const MAX_DECISION_BYTES: usize = 512;

/// The decisions of a fuzz input: its first [`MAX_DECISION_BYTES`] bytes.
fn capped(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(MAX_DECISION_BYTES)]
}

/// A generated program, built from fuzzer bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuzzProgram(pub Program);

impl<'a> Arbitrary<'a> for FuzzProgram {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<FuzzProgram> {
        let length = u.arbitrary_len::<u8>()?;
        Ok(FuzzProgram(from_bytes(capped(u.bytes(length)?))))
    }

    /// What `fuzz_target!` calls: every byte is a decision.
    fn arbitrary_take_rest(u: Unstructured<'a>) -> arbitrary::Result<FuzzProgram> {
        Ok(FuzzProgram(from_bytes(capped(u.take_rest()))))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (0, None)
    }
}

/// A generated `redis`-profile program, built from fuzzer bytes (the `redis` target).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuzzRedisProgram(pub Program);

impl<'a> Arbitrary<'a> for FuzzRedisProgram {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<FuzzRedisProgram> {
        let length = u.arbitrary_len::<u8>()?;
        Ok(FuzzRedisProgram(redis_from_bytes(capped(u.bytes(length)?))))
    }

    /// What `fuzz_target!` calls: every byte is a decision.
    fn arbitrary_take_rest(u: Unstructured<'a>) -> arbitrary::Result<FuzzRedisProgram> {
        Ok(FuzzRedisProgram(redis_from_bytes(capped(u.take_rest()))))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (0, None)
    }
}

/// The case the `redis` target runs for the program its artifact `bytes` hold.
pub fn redis_case(bytes: &[u8]) -> Case {
    super::case_for(&redis_from_bytes(capped(bytes)), FUZZ_CHUNK_FILE)
}

/// The program a `differential` fuzz artifact holds.
pub fn program_from_artifact(bytes: &[u8]) -> Program {
    match FuzzProgram::arbitrary_take_rest(Unstructured::new(bytes)) {
        Ok(FuzzProgram(program)) => program,
        // Unreachable with the implementation above; the same decoding, spelled out.
        Err(_) => from_bytes(capped(bytes)),
    }
}

/// The case the `differential` target runs for `program`.
pub fn differential_case(program: &Program) -> Case {
    super::case_for(program, FUZZ_CHUNK_FILE)
}

/// The case the `source` target runs for raw bytes (and `show` for its artifacts).
pub fn source_case(bytes: &[u8]) -> Case {
    let id = FUZZ_CHUNK_FILE.trim_end_matches(".lua");
    let mut case = Case::from_source(id, bytes);
    case.chunk_name = format!("@{FUZZ_CHUNK_FILE}");
    case
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifacts_decode_to_the_program_the_fuzzer_ran() {
        let bytes: Vec<u8> = (0..600u32).map(|i| (i * 37 % 251) as u8).collect();
        let from_target = FuzzProgram::arbitrary_take_rest(Unstructured::new(&bytes))
            .expect("decoding never fails");
        assert_eq!(program_from_artifact(&bytes), from_target.0);
        assert_eq!(
            differential_case(&from_target.0).chunk_name,
            "@fuzz.lua".to_string()
        );
    }

    #[test]
    fn decisions_past_the_cap_change_nothing() {
        let short: Vec<u8> = (0..MAX_DECISION_BYTES as u32)
            .map(|i| (i * 7 % 256) as u8)
            .collect();
        let mut long = short.clone();
        long.extend(std::iter::repeat_n(0xab, 5000));
        assert_eq!(program_from_artifact(&long), program_from_artifact(&short));
        assert_eq!(redis_case(&long), redis_case(&short));
    }
}
