//! `run --shard K/N`: one machine's part of a run spread over N machines (a CI matrix).
//!
//! The partition must not depend on the machine, the toolchain or the process, so that N
//! machines running the same commit agree on who runs what without talking to each other:
//! corpus cases go by a SHA-1 of their case id (not Rust's randomly keyed hasher), generated
//! programs by contiguous ranges of their index (so a shard's programs are the seeds
//! `seed + first .. seed + end`). Either way the N shards hold every case exactly once, and
//! `merge` (src/merge.rs) puts their reports back together.

use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

/// Shard `index` of `count` (1-based, as `--shard 1/3` says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Shard, String> {
        let usage = || format!("'{text}' is not a shard: expected K/N with 1 <= K <= N, e.g. 2/4");
        let (index, count) = text.split_once('/').ok_or_else(usage)?;
        let index: u32 = index.trim().parse().map_err(|_| usage())?;
        let count: u32 = count.trim().parse().map_err(|_| usage())?;
        if index == 0 || count == 0 || index > count {
            return Err(usage());
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// Whether the corpus case `id` belongs to this shard.
    pub fn holds_case(&self, id: &str) -> bool {
        case_bucket(id, self.count) == self.index - 1
    }

    /// The program indices `0..total` of a generated run that this shard runs: the
    /// `index`-th of `count` contiguous, nearly equal ranges.
    pub fn index_range(&self, total: u64) -> Range<u64> {
        let bound = |shard: u32| -> u64 {
            // Computed in 128 bits: `total * shard` overflows u64 for huge runs.
            (u128::from(total) * u128::from(shard) / u128::from(self.count)) as u64
        };
        bound(self.index - 1)..bound(self.index)
    }
}

/// The 0-based shard of `count` that holds case `id`: the first eight bytes of SHA-1(id),
/// big-endian, modulo `count` (reproducible with `sha1sum`).
pub fn case_bucket(id: &str, count: u32) -> u32 {
    let digest = Sha1::digest(id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) % u64::from(count.max(1))) as u32
}

/// How a run was split, so `merge` can check the pieces and restore the single run's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Partition {
    /// Corpus cases by SHA-1 of the case id; a single run lists them in path order.
    CaseIdHash,
    /// Generated programs by contiguous index ranges; shard order is program order.
    SeedRange,
}

/// What a shard report says about its shard (`metadata.shard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardInfo {
    pub index: u32,
    pub count: u32,
    pub partition: Partition,
    /// Cases of the whole run, all shards together: `merge` checks the shards add up to it.
    pub run_cases: u64,
}

impl ShardInfo {
    pub fn new(shard: Shard, partition: Partition, run_cases: u64) -> ShardInfo {
        ShardInfo {
            index: shard.index,
            count: shard.count,
            partition,
            run_cases,
        }
    }

    pub fn shard(&self) -> Shard {
        Shard {
            index: self.index,
            count: self.count,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_k_of_n() {
        let shard: Shard = "2/3".parse().unwrap();
        assert_eq!(shard, Shard { index: 2, count: 3 });
        assert_eq!(shard.to_string(), "2/3");
        for bad in ["0/3", "4/3", "1/0", "3", "a/b", "1/3/5", "", "-1/3"] {
            let error = bad.parse::<Shard>().unwrap_err();
            assert!(error.contains("expected K/N"), "{bad}: {error}");
        }
    }

    #[test]
    fn every_case_id_lands_in_exactly_one_shard() {
        let ids: Vec<String> = (0..500)
            .map(|i| format!("folder{}/case-{i}", i % 7))
            .collect();
        for count in 1..=7 {
            let shards: Vec<Shard> = (1..=count).map(|index| Shard { index, count }).collect();
            for id in &ids {
                let holders = shards.iter().filter(|shard| shard.holds_case(id)).count();
                assert_eq!(holders, 1, "{id} with {count} shards");
            }
            // No shard is starved: with 500 ids each of up to 7 shards gets a fair part.
            for shard in &shards {
                let held = ids.iter().filter(|id| shard.holds_case(id)).count();
                assert!(held > 500 / count as usize / 2, "{shard} holds {held}");
            }
        }
    }

    #[test]
    fn the_case_partition_is_pinned() {
        // Fixed by `printf %s ID | sha1sum`: a different hash would silently reshuffle cases
        // between machines running different builds.
        assert_eq!(case_bucket("basics/arith", 3), 0); // c77ebd15d4dd91a2...
        assert_eq!(case_bucket("basics/arith", 4), 2);
        assert_eq!(case_bucket("tables/sort", 3), 2); // 4e892e70a2a40ce0...
        assert_eq!(case_bucket("generated/gen-7", 5), 1); // ff5245510efde6ed...
        assert_eq!(case_bucket("basics/arith", 1), 0);
    }

    #[test]
    fn index_ranges_tile_the_run() {
        for total in [0u64, 1, 2, 3, 10, 3000, 3001] {
            for count in 1..=7u32 {
                let mut next = 0;
                for index in 1..=count {
                    let range = Shard { index, count }.index_range(total);
                    assert_eq!(range.start, next, "{index}/{count} of {total}");
                    assert!(range.end - range.start <= total / u64::from(count) + 1);
                    next = range.end;
                }
                assert_eq!(next, total);
            }
        }
        let huge = Shard { index: 3, count: 3 }.index_range(u64::MAX);
        assert_eq!(huge.end, u64::MAX);
    }
}
