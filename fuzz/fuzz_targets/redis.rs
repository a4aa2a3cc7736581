//! Generated redis-profile programs (the fuzzer's bytes are the generator's decisions, with
//! the Redis feature): `EVAL` on the Ferrous VM's Redis layer and on the reference's Redis
//! environment, both calling the Redis model. A divergence not in
//! `corpus/known-divergences.json` is a crash; reproduce an artifact with
//! `ferrous-conformance show fuzz/artifacts/redis/<file>`.

#![no_main]

use ferrous_conformance::generate::case_for;
use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use ferrous_conformance::generate::fuzz_input::{FuzzRedisProgram, FUZZ_CHUNK_FILE};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// mimalloc unless built without the `mimalloc` feature (see `ferrous_conformance::allocator`).
#[global_allocator]
static ALLOCATOR: ferrous_conformance::allocator::Allocator =
    ferrous_conformance::allocator::ALLOCATOR;

fn checks() -> &'static FuzzChecks {
    static CHECKS: OnceLock<FuzzChecks> = OnceLock::new();
    CHECKS.get_or_init(|| {
        FuzzChecks::built_in().unwrap_or_else(|error| panic!("cannot set up the engines: {error}"))
    })
}

fuzz_target!(|input: FuzzRedisProgram| {
    if let Err(report) = checks().differential(&case_for(&input.0, FUZZ_CHUNK_FILE)) {
        panic!("{report}");
    }
});
