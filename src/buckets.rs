//! Buckets: the divergences of a run grouped by signature, so a reader sees each bug once,
//! with how many cases show it, its smallest example, and whether it is known.

use crate::saved_report::SavedDivergence;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A reduced example of a bucket (filled in by the nightly job).
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct ReducedExample {
    pub script: String,
    pub bytes_before: usize,
    pub bytes_after: usize,
    pub lines_before: usize,
    pub lines_after: usize,
    pub seconds: f64,
    /// `deterministic` or `flaky (...)`.
    pub stability: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    pub signature: String,
    pub category: String,
    /// Divergent cases in the bucket.
    pub count: usize,
    /// Cases not accepted by the known-divergence list; the bucket is new when this is not 0.
    pub unknown: usize,
    pub known_reason: Option<String>,
    /// Real Redis's verdict on the bucket's cases when they share one (`reference-wrong`,
    /// `ferrous-wrong`, `all-differ`), `mixed` when they do not, `None` when not arbitrated.
    pub verdict: Option<String>,
    /// Unknown cases whose verdict is `reference-wrong`.
    pub reference_wrong: usize,
    /// Case ids, in report order.
    pub cases: Vec<String>,
    /// The smallest case of the bucket (by file size, else by id).
    pub example: SavedDivergence,
    pub example_bytes: Option<u64>,
    pub reduced: Option<ReducedExample>,
}

impl Bucket {
    pub fn is_known(&self) -> bool {
        self.unknown == 0
    }

    /// Whether the bucket makes a run fail: some case is neither known nor ruled
    /// `reference-wrong` by real Redis (crashes always do).
    pub fn is_regression(&self) -> bool {
        self.is_crash() || self.unknown > self.reference_wrong
    }

    /// The verdict for people, e.g. `reference wrong (real Redis agrees with Ferrous)`.
    pub fn verdict_text(&self) -> Option<&'static str> {
        self.verdict.as_deref().map(|verdict| match verdict {
            "reference-wrong" => "reference wrong (real Redis agrees with Ferrous)",
            "ferrous-wrong" => "Ferrous wrong (real Redis agrees with the reference)",
            "all-differ" => "all differ (real Redis agrees with neither)",
            _ => "mixed verdicts of real Redis",
        })
    }

    pub fn is_crash(&self) -> bool {
        self.category == "crash"
    }
}

fn file_size(path: &str) -> Option<u64> {
    std::fs::metadata(Path::new(path))
        .ok()
        .map(|meta| meta.len())
}

/// The verdict every record of a bucket shares, `mixed` when they differ.
fn shared_verdict(records: &[&SavedDivergence]) -> Option<String> {
    let first = records.first()?.verdict();
    if records.iter().all(|record| record.verdict() == first) {
        first.map(str::to_string)
    } else {
        Some("mixed".to_string())
    }
}

/// Groups `records` by signature: new buckets first, then by decreasing count.
pub fn bucket<'a>(records: impl IntoIterator<Item = &'a SavedDivergence>) -> Vec<Bucket> {
    let mut groups: BTreeMap<&str, Vec<&SavedDivergence>> = BTreeMap::new();
    for record in records {
        groups.entry(&record.signature).or_default().push(record);
    }
    let mut buckets: Vec<Bucket> = groups
        .into_iter()
        .map(|(signature, records)| {
            let smallest = records
                .iter()
                .min_by_key(|record| (file_size(&record.path).unwrap_or(u64::MAX), &record.id))
                .copied()
                .unwrap_or(records[0]);
            Bucket {
                signature: signature.to_string(),
                category: smallest.category.clone(),
                count: records.len(),
                unknown: records.iter().filter(|record| !record.known).count(),
                known_reason: records
                    .iter()
                    .find_map(|record| record.known_reason.clone()),
                verdict: shared_verdict(&records),
                reference_wrong: records
                    .iter()
                    .filter(|record| !record.known && record.is_reference_wrong())
                    .count(),
                cases: records.iter().map(|record| record.id.clone()).collect(),
                example: smallest.clone(),
                example_bytes: file_size(&smallest.path),
                reduced: None,
            }
        })
        .collect();
    buckets.sort_by(|a, b| {
        b.is_regression()
            .cmp(&a.is_regression())
            .then(a.is_known().cmp(&b.is_known()))
            .then(b.count.cmp(&a.count))
            .then(a.signature.cmp(&b.signature))
    });
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, signature: &str, known: bool) -> SavedDivergence {
        SavedDivergence {
            id: id.to_string(),
            path: format!("/nonexistent/{id}.lua"),
            category: signature.split(':').next().unwrap_or("").to_string(),
            detail: String::new(),
            signature: signature.to_string(),
            known,
            known_reason: known.then(|| "accepted".to_string()),
            outcomes: serde_json::Value::Null,
            arbitration: None,
            reproduce: String::new(),
        }
    }

    #[test]
    fn groups_by_signature_new_first_then_by_count() {
        let records = [
            record("a", "output:1", true),
            record("b", "returns:2", false),
            record("c", "output:1", true),
            record("d", "returns:3", false),
            record("e", "returns:3", false),
        ];
        let buckets = bucket(&records);
        let order: Vec<(&str, usize)> = buckets
            .iter()
            .map(|bucket| (bucket.signature.as_str(), bucket.count))
            .collect();
        assert_eq!(
            order,
            vec![("returns:3", 2), ("returns:2", 1), ("output:1", 2)]
        );
        assert!(buckets[2].is_known());
        assert_eq!(buckets[2].known_reason.as_deref(), Some("accepted"));
        assert_eq!(buckets[0].example.id, "d", "equal sizes: the first id");
    }

    #[test]
    fn a_bucket_real_redis_blames_on_the_reference_is_no_regression() {
        let ruled = |id: &str, verdict: &str| SavedDivergence {
            arbitration: Some(crate::saved_report::SavedArbitration {
                verdict: verdict.to_string(),
                detail: String::new(),
            }),
            ..record(id, "returns:9", false)
        };
        let wrong = bucket(&[ruled("a", "reference-wrong"), ruled("b", "reference-wrong")]);
        assert_eq!(wrong[0].verdict.as_deref(), Some("reference-wrong"));
        assert!(!wrong[0].is_regression());
        let mixed = bucket(&[ruled("a", "reference-wrong"), ruled("b", "all-differ")]);
        assert_eq!(mixed[0].verdict.as_deref(), Some("mixed"));
        assert!(mixed[0].is_regression());
    }
}
