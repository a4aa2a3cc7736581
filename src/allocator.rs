//! The global allocator of the bench's programs (the `ferrous-conformance` binary, the
//! throughput bench, the fuzz targets): mimalloc with the `mimalloc` feature (on by default),
//! else the system allocator.
//!
//! Every case builds two interpreter states, fills them and frees them again, and the
//! reference's C code allocates through Rust's global allocator too (mlua's allocator). With
//! glibc's malloc, a profile of the `differential` fuzz target spent about a fifth of its time
//! in malloc and free and in the page faults of memory glibc had handed back to the kernel
//! (madvise) and took again for the next case; mimalloc keeps such memory for reuse.
//!
//! Under a sanitizer the feature must be off (`fuzz.just` and `.clusterfuzzlite/build.sh`
//! build the fuzz targets with `--no-default-features` then): AddressSanitizer and
//! MemorySanitizer watch the heap through the system allocator's entry points, so with
//! mimalloc they would not see what the C reference does with its memory.
//!
//! A library cannot declare a global allocator for the programs linking it without stopping
//! tests from declaring their own (tests/bytecode_mutation.rs watches allocations), so each
//! program declares it:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: ferrous_conformance::allocator::Allocator =
//!     ferrous_conformance::allocator::ALLOCATOR;
//! ```

/// The allocator the bench's programs use.
#[cfg(feature = "mimalloc")]
pub type Allocator = mimalloc::MiMalloc;
/// The allocator the bench's programs use.
#[cfg(not(feature = "mimalloc"))]
pub type Allocator = std::alloc::System;

/// The value to declare as `#[global_allocator]`.
#[cfg(feature = "mimalloc")]
pub const ALLOCATOR: Allocator = mimalloc::MiMalloc;
/// The value to declare as `#[global_allocator]`.
#[cfg(not(feature = "mimalloc"))]
pub const ALLOCATOR: Allocator = std::alloc::System;

/// The name of the allocator, for reports of measured speed.
pub const NAME: &str = if cfg!(feature = "mimalloc") {
    "mimalloc"
} else {
    "system"
};
