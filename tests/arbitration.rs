//! Three-way arbitration against a real redis-server: a divergence where real Redis agrees
//! with the engine under test is `reference-wrong` and not a regression; one where it agrees
//! with the reference is `ferrous-wrong`, fails the run and the night, and reduces to a small
//! redis-profile case. Skipped without `redis-server` unless `FERROUS_REQUIRE_REDIS=1`.

mod common;

use common::BrokenEngine;
use ferrous_conformance::arbitration::Ruling;
use ferrous_conformance::bench::{run_bench, RunRequest, RunResult};
use ferrous_conformance::compare::{compare_reports, render};
use ferrous_conformance::engine::{Engine, Profile};
use ferrous_conformance::engines::ferrous::FerrousEngine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::nightly::{assemble, NightlyArgs};
use ferrous_conformance::progress::ProgressMode;
use ferrous_conformance::runner::Verdict;
use ferrous_conformance::saved_report::SavedReport;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

fn redis_available() -> bool {
    common::live_redis::live_redis_server().is_some()
}

const CASE: &str = "-- @profile: redis
-- @keys: counter
local total = 0
for i = 1, 3 do
  total = total + redis.call('INCR', KEYS[1])
end
local labels = {}
for i = 1, 4 do
  labels[#labels + 1] = 'label ' .. i
end
local joined = table.concat(labels, ', ')
return total
";

/// A scratch corpus holding the one redis case, and where its reports go.
fn scratch(name: &str) -> PathBuf {
    let folder =
        std::env::temp_dir().join(format!("ferrous-arbitration-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("corpus/redis")).expect("scratch corpus");
    std::fs::write(folder.join("corpus/redis/counter.lua"), CASE).expect("case");
    folder
}

fn run(folder: &Path, report: &str, engines: [Arc<dyn Engine>; 2]) -> RunResult {
    let request = RunRequest {
        corpus: folder.join("corpus"),
        profile: Profile::Redis,
        report: folder.join(report),
        known: None,
        jobs: 1,
        filter: None,
        wall_clock: Some(Duration::from_secs(10)),
        progress: ProgressMode::Hidden,
        shard: None,
    };
    run_bench(&request, engines).expect("run")
}

fn ruling(result: &RunResult) -> Ruling {
    match &result.results[0].verdict {
        Verdict::Diverge { divergence, .. } => {
            divergence
                .arbitration
                .as_ref()
                .expect("arbitrated by real Redis")
                .verdict
        }
        other => panic!("expected a divergence, got {other:?}"),
    }
}

#[test]
fn real_redis_siding_with_ferrous_rules_the_reference_wrong() {
    if !redis_available() {
        return;
    }
    let folder = scratch("reference-wrong");
    let honest = run(
        &folder,
        "before.json",
        [Arc::new(FerrousEngine), Arc::new(ReferenceEngine)],
    );
    assert_eq!(honest.report.totals.divergent, 0);
    let broken_reference = BrokenEngine {
        name: "reference",
        inner: Box::new(ReferenceEngine),
    };
    let result = run(
        &folder,
        "corpus-redis.json",
        [Arc::new(FerrousEngine), Arc::new(broken_reference)],
    );
    assert_eq!(ruling(&result), Ruling::ReferenceWrong);
    let totals = &result.report.totals;
    assert_eq!(
        (totals.divergent, totals.new, totals.reference_wrong),
        (1, 0, 1)
    );
    assert_eq!(
        result.exit_code(),
        0,
        "a reference-wrong divergence is no regression"
    );
    let metadata = &result.report.metadata;
    assert!(metadata
        .arbiter
        .as_deref()
        .is_some_and(|arbiter| arbiter.starts_with("redis-server ")));
    let report = std::fs::read_to_string(folder.join("corpus-redis.json")).expect("report");
    assert!(
        report.contains("\"verdict\": \"reference-wrong\""),
        "{report}"
    );

    let comparison = compare_reports(
        &SavedReport::load(&folder.join("before.json")).expect("old report"),
        &SavedReport::load(&folder.join("corpus-redis.json")).expect("new report"),
    );
    assert_eq!(comparison.new_buckets.len(), 1);
    assert!(
        comparison.regressions().is_empty(),
        "{:?}",
        comparison.regressions()
    );
    assert!(render(&comparison).contains("reference wrong (real Redis agrees with Ferrous)"));
}

#[test]
fn a_broken_ferrous_is_ruled_wrong_fails_the_night_and_reduces() {
    if !redis_available() {
        return;
    }
    let folder = scratch("ferrous-wrong");
    let night = folder.join("night");
    std::fs::create_dir_all(&night).expect("night folder");
    let broken_ferrous = || -> Arc<dyn Engine> {
        Arc::new(BrokenEngine {
            name: "ferrous",
            inner: Box::new(FerrousEngine),
        })
    };
    let result = run(
        &folder,
        "night/corpus-redis.json",
        [broken_ferrous(), Arc::new(ReferenceEngine)],
    );
    assert_eq!(ruling(&result), Ruling::FerrousWrong);
    assert_eq!(result.report.totals.new, 1);
    assert_eq!(result.exit_code(), 1);

    let args = NightlyArgs {
        folder: night.clone(),
        baseline: folder.join("no-baseline.json"),
        history: folder.join("no-history"),
        reduce_seconds: 60.0,
        reduce_buckets: 5,
    };
    let engines = move |_: &str| -> Result<[Arc<dyn Engine>; 2], String> {
        Ok([broken_ferrous(), Arc::new(ReferenceEngine)])
    };
    let summary = assemble(&args, &engines, false).expect("the night assembles");
    assert!(
        summary
            .regressions
            .iter()
            .any(|reason| reason.starts_with("corpus-redis: 1 new")),
        "{:?}",
        summary.regressions
    );
    let bucket = &summary.buckets[0].bucket;
    assert_eq!(bucket.verdict.as_deref(), Some("ferrous-wrong"));
    assert!(bucket.is_regression());
    let reduced = bucket.reduced.as_ref().expect("the redis case was reduced");
    assert!(
        reduced
            .script
            .starts_with("-- @profile: redis\n-- @keys: counter\n"),
        "{}",
        reduced.script
    );
    assert!(
        reduced.bytes_after < reduced.bytes_before,
        "{}",
        reduced.script
    );
    assert!(!reduced.script.contains("labels"), "{}", reduced.script);
}

#[test]
fn show_gives_real_redis_verdict_on_a_redis_divergence() {
    if !redis_available() {
        return;
    }
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ferrous-conformance"))
        .args([
            "show",
            "redis/sandbox/raw_write_to_readonly_table",
            "--corpus",
            corpus,
        ])
        .output()
        .expect("run show");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("arbitration by redis-server ") && stdout.contains(": reference-wrong ("),
        "{stdout}"
    );
}
