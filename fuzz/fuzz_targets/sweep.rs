//! Library calls with edge-value arguments (the fuzzer's bytes choose the functions, the
//! argument counts and the values from the sweep's catalogue) on the Ferrous VM and reference
//! Lua 5.1, with the `differential` oracle: a divergence not in
//! `corpus/known-divergences.json` is a crash. Reproduce an artifact with
//! `ferrous-conformance show fuzz/artifacts/sweep/<file>`.

#![no_main]

use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use ferrous_conformance::generate::sweep::FuzzSweep;
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

fuzz_target!(|input: FuzzSweep| {
    if let Err(report) = checks().sweep(&input.0) {
        panic!("{report}");
    }
});
