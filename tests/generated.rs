//! Property tests over generated programs: a fixed, seeded set runs on the Ferrous VM and on
//! reference Lua 5.1, and an unknown divergence fails (shrunk to a small program by proptest).

use ferrous_conformance::engine::Engine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use ferrous_conformance::generate::strategy::programs;
use ferrous_conformance::generate::{case_for, default_features, file_name, from_seed};
use ferrous_conformance::outcome::ErrorKind;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use std::path::Path;

/// Programs per run: a few hundred, a few seconds.
const PROGRAMS: u32 = 250;
/// The fixed seed of the property test's random source.
const SEED: [u8; 32] = *b"ferrous-conformance generated 01";

fn checks() -> FuzzChecks {
    FuzzChecks::new(Path::new("corpus/known-divergences.json")).expect("engines and known list")
}

#[test]
fn generated_programs_agree_with_reference_lua_or_diverge_only_in_known_ways() {
    let checks = checks();
    let config = Config {
        cases: PROGRAMS,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &SEED));
    let result = runner.run(&programs(), |program| {
        let case = case_for(&program, "generated.lua");
        checks.differential(&case).map_err(|report| {
            TestCaseError::fail(format!("{report}\n--- program ---\n{}", program.source))
        })
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

#[test]
fn seeded_programs_parse_and_mostly_complete_on_the_reference() {
    let count = 200;
    let mut completed = 0;
    for seed in 0..count {
        let program = from_seed(seed, default_features());
        let outcome = ReferenceEngine.run(&case_for(&program, &file_name(seed)));
        match outcome.status.error_kind() {
            None => completed += 1,
            Some(ErrorKind::Runtime) => {}
            Some(kind) => panic!(
                "program of seed {seed} ended with {kind:?} on the reference:\n{}",
                program.source
            ),
        }
    }
    assert!(
        completed * 100 >= count * 90,
        "only {completed} of {count} programs ran to completion"
    );
}

#[test]
fn the_same_seed_gives_the_same_program_and_seeds_differ() {
    let a = from_seed(42, default_features());
    assert_eq!(a, from_seed(42, default_features()));
    assert_ne!(a.source, from_seed(43, default_features()).source);
    assert!(a.source[a.body_start..].contains("emit(\"[1] "));
}
