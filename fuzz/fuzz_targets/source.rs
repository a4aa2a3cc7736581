//! Raw bytes as Lua source. The Ferrous VM must not panic, hang or exhaust memory, and must
//! accept or reject the source as reference Lua 5.1 does, with the same syntax error message.
//! Reproduce an artifact with `ferrous-conformance show fuzz/artifacts/source/<file>`.

#![no_main]

use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use ferrous_conformance::generate::fuzz_input::source_case;
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

fuzz_target!(|bytes: &[u8]| {
    if let Err(report) = checks().source(&source_case(bytes)) {
        panic!("{report}");
    }
});
