//! Generated programs (the fuzzer's bytes are the generator's decisions) on the Ferrous VM
//! and reference Lua 5.1. A divergence not in `corpus/known-divergences.json` is a crash;
//! reproduce an artifact with `ferrous-conformance show fuzz/artifacts/differential/<file>`.

#![no_main]

use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use ferrous_conformance::generate::fuzz_input::{differential_case, FuzzProgram};
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

fuzz_target!(|input: FuzzProgram| {
    if let Err(report) = checks().differential(&differential_case(&input.0)) {
        panic!("{report}");
    }
});
