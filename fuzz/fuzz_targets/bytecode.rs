//! Mutated binary chunks (a seed program's `string.dump` with structured mutations, chosen by
//! the fuzzer's bytes) loaded with `loadstring` in the lua51 profile. The Ferrous VM must not
//! panic, hang or allocate past its memory limit, must refuse what 5.1's loader and checker
//! refuse with the same message, and must agree with reference Lua on chunks that keep the
//! seed's code (those run in a child `ferrous-conformance examine`: FERROUS_CONFORMANCE_BIN, else
//! the one beside this binary, as ClusterFuzzLite's build puts it, else the workspace's
//! `target/release/ferrous-conformance`: `cargo build --release --bin ferrous-conformance`).

#![no_main]

use ferrous_conformance::generate::bytecode_mutation::BytecodeInput;
use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use libfuzzer_sys::fuzz_target;
use std::path::{Path, PathBuf};
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

fn examine_program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let beside_this = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.join("ferrous-conformance")))
            .filter(|program| program.is_file());
        let program = std::env::var_os("FERROUS_CONFORMANCE_BIN")
            .map(PathBuf::from)
            .or(beside_this)
            .unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/ferrous-conformance")
            });
        assert!(
            program.is_file(),
            "{} is missing: cargo build --release --bin ferrous-conformance",
            program.display()
        );
        program
    })
}

fuzz_target!(|input: BytecodeInput| {
    if let Err(report) = checks().bytecode(&input, examine_program()) {
        panic!("{report}\ninput: {input:?}");
    }
});
