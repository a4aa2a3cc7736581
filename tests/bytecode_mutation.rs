//! The `bytecode` fuzz target's oracle over a few thousand deterministic mutated chunks, with
//! every allocation of the process watched: none may be far beyond the memory limit the
//! chunks run under (an allocation the VM did not charge to its limit first).

use ferrous_conformance::generate::bytecode_mutation::BytecodeInput;
use ferrous_conformance::generate::fuzz_checks::{
    BytecodeVerdict, FuzzChecks, BYTECODE_MEMORY_LIMIT,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, remembering the largest single allocation.
struct Watched;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Watched {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        System.alloc_zeroed(layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LARGEST.fetch_max(new_size, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Watched = Watched;

/// Inputs the test runs (a few thousand mutations: several per input).
const INPUTS: u64 = 2000;

/// Deterministic input bytes for input `n` (xorshift).
fn input_bytes(n: u64) -> Vec<u8> {
    let mut state = n.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let length = 4 + (next() % 40) as usize;
    (0..length).map(|_| next() as u8).collect()
}

#[test]
fn mutated_chunks_never_crash_the_vm_and_are_refused_as_reference_lua_refuses_them() {
    let checks = FuzzChecks::new(Path::new("corpus/known-divergences.json")).expect("engines");
    let examine = Path::new(env!("CARGO_BIN_EXE_ferrous-conformance"));
    let mut verdicts: HashMap<BytecodeVerdict, usize> = HashMap::new();
    let mut mutations = 0;
    let mut failures = Vec::new();
    for n in 0..INPUTS {
        let bytes = input_bytes(n);
        let input = BytecodeInput::from_bytes(&bytes);
        mutations += input.mutations.len();
        match checks.bytecode(&input, examine) {
            Ok(verdict) => *verdicts.entry(verdict).or_default() += 1,
            Err(report) => failures.push(format!("input {n} {input:?}: {report}")),
        }
    }
    eprintln!("{INPUTS} inputs, {mutations} mutations: {verdicts:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(mutations >= 3000, "only {mutations} mutations");
    for verdict in [
        BytecodeVerdict::RefusedByBoth,
        BytecodeVerdict::LoadedWithMutatedCode,
        BytecodeVerdict::RunsAgree,
    ] {
        assert!(
            verdicts.get(&verdict).copied().unwrap_or(0) >= 10,
            "too few {verdict:?}: {verdicts:?}"
        );
    }
    let largest = LARGEST.load(Ordering::Relaxed);
    assert!(
        largest <= 4 * BYTECODE_MEMORY_LIMIT,
        "an allocation of {largest} bytes under a {BYTECODE_MEMORY_LIMIT}-byte limit"
    );
}

/// A vector size the chunk is too short to hold: reference Lua runs out of the bench's memory
/// allocating it, the Ferrous VM refuses the truncated chunk (found by `cargo fuzz run bytecode`).
#[test]
fn a_size_past_the_chunk_end_is_refused_where_the_reference_runs_out_of_memory() {
    const FUZZ_INPUT: &str = "065d7768696c65c0c0c0c0c0c0c0c0c08bc0c0c0c0c0c0c0c0c000696c65c0c0c0c0c0c0c0c0c08bc0c0c0c0c0c0c0c0c0000180e4400000c0c0c0c0c0c0c0c0c0c07ec0c0c8c0c0c05d5de10180e4400000c0c0c0c0c0c0c0c0c0c07ec0c0c8c0c0c05d5de15d";
    let bytes: Vec<u8> = (0..FUZZ_INPUT.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&FUZZ_INPUT[i..i + 2], 16).expect("hex"))
        .collect();
    let checks = FuzzChecks::new(Path::new("corpus/known-divergences.json")).expect("engines");
    let examine = Path::new(env!("CARGO_BIN_EXE_ferrous-conformance"));
    assert_eq!(
        checks.bytecode(&BytecodeInput::from_bytes(&bytes), examine),
        Ok(BytecodeVerdict::DeclaredPastItsEnd)
    );
}
