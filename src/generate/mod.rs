//! Generated programs: one generator of valid, terminating, deterministic Lua 5.1 programs,
//! and its front ends.
//!
//! The core ([`program::generate`]) asks a [`choices::Choices`] source for every decision.
//! The front ends differ only in that source: a seed for the command line
//! ([`from_seed`]), a byte string for the proptest strategy ([`strategy`]) and for
//! cargo-fuzz's `Arbitrary` input ([`fuzz_input`]). Each program draws a random subset of
//! [`features::Feature`]s (swarm testing).
//!
//! Programs terminate by construction (fixed loop bounds, depth-bounded recursion, a cost
//! limit on loops and calls), print their state as they go through a prelude that shows
//! values without addresses or traversal order, and avoid what the two engines may
//! legitimately differ on: addresses, the traversal order of tables keyed by tables or
//! functions, weak tables and garbage collection, undefined behaviour of C casts.

pub mod builder;
pub mod choices;
pub mod coverage;
pub mod expressions;
pub mod features;
pub mod fuzz_checks;
pub mod fuzz_input;
pub mod literals;
pub mod program;
pub mod run;
pub mod snippets;
pub mod statements;
pub mod strategy;

use crate::engine::Case;
use choices::{ByteChoices, SeededChoices};
use features::{Feature, FeatureSet};
pub use program::Program;

/// The features generated programs draw from by default: all of them.
pub fn default_features() -> FeatureSet {
    FeatureSet::all()
}

/// The program of `seed`.
pub fn from_seed(seed: u64, allowed: FeatureSet) -> Program {
    let mut choices = SeededChoices::new(seed);
    program::generate(
        &mut choices,
        allowed,
        &format!("generate --seed {seed} --count 1"),
    )
}

/// The program a byte string describes (proptest values, fuzzer inputs).
pub fn from_bytes(bytes: &[u8]) -> Program {
    let mut choices = ByteChoices::new(bytes);
    program::generate(
        &mut choices,
        default_features(),
        "structured input (fuzz artifact or proptest value)",
    )
}

/// The seed of the `index`-th program of a run starting at `base`.
pub fn program_seed(base: u64, index: u64) -> u64 {
    base.wrapping_add(index)
}

/// The file name a program of `seed` is saved under.
pub fn file_name(seed: u64) -> String {
    format!("gen-{seed}.lua")
}

/// A case running `program` under `file_name`, so error positions read `gen-7.lua:12:` both
/// in a run and when `show` reloads the saved file.
pub fn case_for(program: &Program, file_name: &str) -> Case {
    let id = file_name.strip_suffix(".lua").unwrap_or(file_name);
    let mut case = Case::from_source(id, program.source.as_bytes());
    case.chunk_name = format!("@{file_name}");
    case
}

/// Parses a comma-separated list of feature names (`all` for every feature).
pub fn parse_features(list: &str) -> Result<FeatureSet, String> {
    let mut set = FeatureSet::EMPTY;
    for name in list
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        if name == "all" {
            set = FeatureSet::all();
            continue;
        }
        let feature = Feature::parse(name).ok_or_else(|| {
            let known: Vec<&str> = Feature::ALL.iter().map(|feature| feature.name()).collect();
            format!(
                "unknown feature '{name}' (known: all, {})",
                known.join(", ")
            )
        })?;
        set = set.with(feature);
    }
    Ok(set)
}

/// Writes the programs of seeds `seed..seed + count` into `folder` as `gen-<seed>.lua`.
pub fn write_programs(
    seed: u64,
    count: u64,
    allowed: FeatureSet,
    folder: &std::path::Path,
) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(folder)?;
    (0..count)
        .map(|index| {
            let program_seed = program_seed(seed, index);
            let path = folder.join(file_name(program_seed));
            std::fs::write(&path, from_seed(program_seed, allowed).source)?;
            Ok(path)
        })
        .collect()
}
