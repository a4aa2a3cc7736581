//! The library-argument sweep: every function of the `lua51` profile called with edge values
//! at every parameter position, and with pairs of bad arguments, on two engines.
//!
//! [`catalogue`] lists the functions (and the ones left out, with why), [`values`] the edge
//! values, [`calls`] enumerates the calls in batches (systematically, or at random for the
//! `sweep` fuzz target), and [`script`] writes a batch as a case whose output labels every
//! call. `ferrous-conformance run --sweep` runs them with the corpus run's report schema.

pub mod calls;
pub mod catalogue;
pub mod script;
pub mod values;

use super::choices::{ByteChoices, SeededChoices};
use super::run::{run_and_report, ReportedRun};
use crate::bench::RunResult;
use crate::corpus::Entry;
use crate::engine::{Case, Engine, Profile};
use crate::error::BenchError;
use crate::progress::ProgressMode;
use crate::shard::{Partition, Shard, ShardInfo};
use arbitrary::{Arbitrary, Unstructured};
use calls::{random_batch, systematic, Batch, Coverage};
use catalogue::{selected, CATALOGUE};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Folder (first part of the case id) sweep cases are reported under.
pub const CASE_FOLDER: &str = "sweep";

/// Memory a sweep case may use: calls that ask for gigabytes fail fast.
pub const SWEEP_MEMORY_BYTES: usize = 64 << 20;

/// The file name a batch is saved under (and its chunk is named after).
pub fn file_name(batch: &Batch) -> String {
    let stem: String = batch
        .id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{stem}.lua")
}

/// The case that runs `batch`, saved as `save_dir/<file name>` when it diverges.
pub fn case_for(batch: &Batch, save_dir: &Path) -> Case {
    let name = file_name(batch);
    let header = format!(
        "Library-argument sweep ferrous-conformance run --sweep: {}",
        batch.id
    );
    let source = script::render(batch, &header);
    let mut case = Case::from_source(&format!("{CASE_FOLDER}/{}", batch.id), source.as_bytes());
    case.chunk_name = format!("@{name}");
    case.path = save_dir.join(name);
    case.limits.memory_bytes = SWEEP_MEMORY_BYTES;
    case
}

/// The batches of a systematic sweep of the functions whose name contains `filter`.
pub fn systematic_batches(filter: Option<&str>) -> (Vec<Batch>, Coverage) {
    systematic(&selected(filter))
}

/// `count` random batches from `seed` over the functions whose name contains `filter`.
pub fn random_batches(filter: Option<&str>, seed: u64, count: u64) -> Vec<Batch> {
    let functions = selected(filter);
    (0..count)
        .map(|index| {
            let batch_seed = seed.wrapping_add(index);
            random_batch(
                format!("random-{batch_seed}"),
                &functions,
                &mut SeededChoices::new(batch_seed),
            )
        })
        .collect()
}

/// File name the `sweep` fuzz target gives its chunks.
pub const FUZZ_CHUNK_FILE: &str = "sweep-fuzz.lua";

/// The case of the `sweep` fuzz target for the fuzzer's `bytes` (its decisions).
pub fn fuzz_case(bytes: &[u8]) -> Case {
    let functions: Vec<&'static catalogue::Function> = CATALOGUE.iter().collect();
    let batch = random_batch("fuzz".to_string(), &functions, &mut ByteChoices::new(bytes));
    let mut case = Case::from_source(
        "sweep-fuzz",
        script::render(&batch, "Library-argument sweep: fuzz input").as_bytes(),
    );
    case.chunk_name = format!("@{FUZZ_CHUNK_FILE}");
    case.limits.memory_bytes = SWEEP_MEMORY_BYTES;
    case
}

/// Writes the cases of the systematic sweep of `filter` into `folder` (as `run --sweep` saves
/// divergent ones); returns how many.
pub fn write_sweep_cases(filter: Option<&str>, folder: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(folder)?;
    let (batches, _) = systematic_batches(filter);
    for batch in &batches {
        let case = case_for(batch, folder);
        std::fs::write(&case.path, &case.source)?;
    }
    Ok(batches.len())
}

/// The `sweep` fuzz target's input: the case its bytes describe ([`fuzz_case`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuzzSweep(pub Case);

impl<'a> Arbitrary<'a> for FuzzSweep {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<FuzzSweep> {
        let length = u.arbitrary_len::<u8>()?;
        Ok(FuzzSweep(fuzz_case(u.bytes(length)?)))
    }

    /// What `fuzz_target!` calls: every byte is a decision.
    fn arbitrary_take_rest(u: Unstructured<'a>) -> arbitrary::Result<FuzzSweep> {
        Ok(FuzzSweep(fuzz_case(u.take_rest())))
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (0, None)
    }
}

/// Everything a sweep run needs besides the engines.
#[derive(Debug, Clone)]
pub struct SweepRequest {
    /// Only functions whose name contains this text.
    pub filter: Option<String>,
    /// `Some((seed, count))`: that many random batches instead of the systematic sweep.
    pub random: Option<(u64, u64)>,
    /// Where divergent cases are saved.
    pub save_dir: PathBuf,
    pub report: PathBuf,
    pub known: PathBuf,
    pub jobs: usize,
    pub wall_clock: Duration,
    pub progress: ProgressMode,
    /// Run only this shard's cases (by a hash of their id, as corpus cases are split).
    pub shard: Option<Shard>,
}

/// Runs the sweep of `request` on `engines`; also returns the coverage of a systematic sweep.
pub fn run_sweep(
    request: &SweepRequest,
    engines: [Arc<dyn Engine>; 2],
) -> Result<(RunResult, Option<Coverage>), BenchError> {
    let filter = request.filter.as_deref();
    let (batches, coverage) = match request.random {
        Some((seed, count)) => (random_batches(filter, seed, count), None),
        None => {
            let (batches, coverage) = systematic_batches(filter);
            (batches, Some(coverage))
        }
    };
    if batches.is_empty() {
        return Err(BenchError::CaseRejected {
            path: "--sweep-filter".into(),
            reason: format!(
                "no catalogue function matches '{}'",
                filter.unwrap_or_default()
            ),
        });
    }
    let batch_count = batches.len() as u64;
    let entries: Vec<Entry> = batches
        .iter()
        .map(|batch| {
            let mut case = case_for(batch, &request.save_dir);
            case.limits.wall_clock = request.wall_clock;
            case
        })
        .filter(|case| request.shard.is_none_or(|shard| shard.holds_case(&case.id)))
        .map(Entry::Runnable)
        .collect();
    let settings = ReportedRun {
        known: &request.known,
        report: &request.report,
        save_dir: &request.save_dir,
        jobs: request.jobs,
        progress: request.progress,
        shard: request
            .shard
            .map(|shard| ShardInfo::new(shard, Partition::CaseIdHash, batch_count)),
    };
    let corpus = format!(
        "library-argument sweep{}{} (saved to {})",
        filter
            .map(|text| format!(" of '{text}'"))
            .unwrap_or_default(),
        request
            .random
            .map(|(seed, count)| format!(", {count} random batches from seed {seed}"))
            .unwrap_or_default(),
        request.save_dir.display()
    );
    let result = run_and_report(&entries, engines, &settings, Profile::Lua51, corpus)?;
    Ok((result, coverage))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_named_after_their_batch_and_saved_flat() {
        let (batches, _) = systematic_batches(Some("string.rep"));
        let case = case_for(&batches[0], Path::new("reports/sweep"));
        assert_eq!(case.id, format!("sweep/{}", batches[0].id));
        assert_eq!(case.path.parent(), Some(Path::new("reports/sweep")));
        assert!(case.chunk_name.starts_with("@string.rep_arg1-0"));
        assert_eq!(case.limits.memory_bytes, SWEEP_MEMORY_BYTES);
    }

    #[test]
    fn fuzz_inputs_always_make_a_case() {
        for bytes in [&b""[..], &[255; 64], &[1, 2, 3, 4, 5, 6, 7, 8]] {
            let case = fuzz_case(bytes);
            assert!(String::from_utf8_lossy(&case.source).contains("pcall(function()"));
        }
    }
}
