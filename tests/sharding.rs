//! Sharded runs: `--shard 1/3`, `2/3`, `3/3` merged must make the report of one whole run
//! (totals, folders, buckets, known/new, divergences and the other case lists), for the corpus
//! on the real engines and for 3,000 generated programs; `compare` and the nightly page take
//! the merged report; `merge` refuses pieces that do not make up one run.

mod common;

use common::{Fault, FaultyEngine};
use ferrous_conformance::bench::{run_bench, RunRequest};
use ferrous_conformance::buckets::bucket;
use ferrous_conformance::compare::compare_reports;
use ferrous_conformance::engine::{Engine, Profile};
use ferrous_conformance::engines::ferrous::FerrousEngine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::generate::default_features;
use ferrous_conformance::generate::run::{run_generated, GeneratedRunRequest};
use ferrous_conformance::merge::{merge, ShardReport};
use ferrous_conformance::nightly::{assemble, NightlyArgs};
use ferrous_conformance::progress::ProgressMode;
use ferrous_conformance::saved_report::SavedReport;
use ferrous_conformance::shard::Shard;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BINARY: &str = env!("CARGO_BIN_EXE_ferrous-conformance");
const SHARDS: u32 = 3;

fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("ferrous-shard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("scratch folder");
    folder
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("report")).expect("JSON report")
}

/// The shard reports at `files` merged, written to `out`.
fn merged(files: &[PathBuf], out: &Path) -> Value {
    let shards = files
        .iter()
        .map(|file| ShardReport::load(file).expect("shard report"))
        .collect();
    let report = merge(shards).expect("merge");
    std::fs::write(out, serde_json::to_vec_pretty(&report).unwrap()).unwrap();
    report
}

/// Asserts the merged report says what the whole run said, and that the triage tools read it
/// the same way.
fn assert_same_run(whole_file: &Path, merged_file: &Path) {
    let whole = read_json(whole_file);
    let merged = read_json(merged_file);
    for section in [
        "schema_version",
        "totals",
        "folders",
        "divergences",
        "inconclusive",
        "skipped",
        "malformed_headers",
    ] {
        assert_eq!(merged[section], whole[section], "section {section}");
    }
    for field in [
        "engines",
        "profile",
        "corpus",
        "filter",
        "git_commit",
        "tool_version",
    ] {
        assert_eq!(
            merged["metadata"][field], whole["metadata"][field],
            "metadata.{field}"
        );
    }
    let shards = merged["metadata"]["shards"].as_array().expect("shard list");
    assert_eq!(shards.len(), SHARDS as usize);
    assert!(merged["metadata"].get("shard").is_none());

    let whole = SavedReport::load(whole_file).expect("whole report");
    let merged = SavedReport::load(merged_file).expect("merged report");
    assert_eq!(
        serde_json::to_value(bucket(&whole.divergences)).unwrap(),
        serde_json::to_value(bucket(&merged.divergences)).unwrap(),
        "buckets"
    );
    let comparison = compare_reports(&whole, &merged);
    assert!(comparison.new_buckets.is_empty() && comparison.fixed_buckets.is_empty());
    assert!(comparison.newly_divergent.is_empty() && comparison.fixed_cases.is_empty());
    assert_eq!(comparison.regressions(), Vec::<String>::new());
}

fn corpus_request(corpus: &Path, report: PathBuf, shard: Option<Shard>) -> RunRequest {
    RunRequest {
        corpus: corpus.to_path_buf(),
        profile: Profile::Lua51,
        report,
        known: None,
        jobs: 2,
        filter: None,
        // Generous: a case must not flip to a timeout because the machine is busy.
        wall_clock: Some(Duration::from_secs(60)),
        progress: ProgressMode::Hidden,
        shard,
    }
}

fn shards() -> impl Iterator<Item = Shard> {
    (1..=SHARDS).map(|index| Shard {
        index,
        count: SHARDS,
    })
}

#[test]
fn corpus_shards_on_the_real_engines_merge_into_the_whole_run() {
    let folder = scratch("corpus");
    let corpus = Path::new(ROOT).join("corpus");
    let engines =
        || -> [Arc<dyn Engine>; 2] { [Arc::new(FerrousEngine), Arc::new(ReferenceEngine)] };
    let whole = folder.join("whole.json");
    let whole_run =
        run_bench(&corpus_request(&corpus, whole.clone(), None), engines()).expect("run");
    let mut files = Vec::new();
    let mut shard_cases = Vec::new();
    for shard in shards() {
        let file = folder.join(format!("shard-{}.json", shard.index));
        let result = run_bench(
            &corpus_request(&corpus, file.clone(), Some(shard)),
            engines(),
        )
        .expect("shard run");
        shard_cases.push(result.report.totals.cases);
        files.push(file);
    }
    // Every shard got a fair part, and the parts add up to the whole.
    assert!(
        shard_cases
            .iter()
            .all(|&cases| cases > whole_run.report.totals.cases / 6),
        "{shard_cases:?}"
    );
    assert_eq!(
        shard_cases.iter().sum::<usize>(),
        whole_run.report.totals.cases
    );
    let merged_file = folder.join("merged.json");
    merged(&files, &merged_file);
    assert_same_run(&whole, &merged_file);

    // The nightly page takes the merged report as the night's corpus run.
    let night = folder.join("nightly-2026-01-01");
    std::fs::create_dir_all(&night).unwrap();
    std::fs::copy(&merged_file, night.join("corpus.json")).unwrap();
    let args = NightlyArgs {
        folder: night.clone(),
        baseline: whole.clone(),
        history: folder.clone(),
        reduce_seconds: 1.0,
        reduce_buckets: 0,
    };
    let resolver = |_: &str| -> Result<[Arc<dyn Engine>; 2], String> { Err("no reduction".into()) };
    let page = assemble(&args, &resolver, false).expect("nightly page");
    assert_eq!(page.figures.cases, whole_run.report.totals.cases);
    assert!(page.regressions.is_empty(), "{:?}", page.regressions);
}

/// Every 40th program prints an extra line on the left engine, and every 97th that ends in an
/// error reports another message: divergences in two buckets spread over every shard.
fn faulty_engine(seed: u64, count: u64) -> FaultyEngine {
    let ids: Vec<(String, Fault)> = (seed..seed + count)
        .filter_map(|program| {
            let fault = if program % 97 == 0 {
                Fault::Message("injected message")
            } else if program % 40 == 0 {
                Fault::ExtraOutput
            } else {
                return None;
            };
            Some((format!("generated/gen-{program}"), fault))
        })
        .collect();
    let borrowed: Vec<(&str, Fault)> = ids
        .iter()
        .map(|(id, fault)| (id.as_str(), fault.clone()))
        .collect();
    FaultyEngine::new(&borrowed)
}

#[test]
fn three_thousand_generated_programs_in_shards_merge_into_the_whole_run() {
    const SEED: u64 = 11;
    const COUNT: u64 = 3000;
    let folder = scratch("generated");
    let request = |report: PathBuf, shard: Option<Shard>| GeneratedRunRequest {
        seed: SEED,
        count: COUNT,
        allowed: default_features(),
        save_dir: folder.join("saved"),
        report,
        known: folder.join("no-known-divergences.json"),
        jobs: 2,
        wall_clock: Some(Duration::from_secs(60)),
        progress: ProgressMode::Hidden,
        shard,
    };
    // The reference against itself with injected faults: cheap enough for 6,000 programs.
    let engines = || -> [Arc<dyn Engine>; 2] {
        [
            Arc::new(faulty_engine(SEED, COUNT)),
            Arc::new(ReferenceEngine),
        ]
    };
    let whole = folder.join("whole.json");
    let whole_run = run_generated(&request(whole.clone(), None), engines()).expect("run");
    assert_eq!(whole_run.report.totals.cases, COUNT as usize);
    assert!(
        whole_run.report.totals.divergent >= 70,
        "{:?}",
        whole_run.report.totals
    );
    let mut files = Vec::new();
    for shard in shards() {
        let file = folder.join(format!("shard-{}.json", shard.index));
        let result =
            run_generated(&request(file.clone(), Some(shard)), engines()).expect("shard run");
        assert!(
            result.report.totals.divergent > 0,
            "shard {shard} has divergences too"
        );
        files.push(file);
    }
    let merged_file = folder.join("merged.json");
    let report = merged(&files, &merged_file);
    assert_same_run(&whole, &merged_file);
    let signatures = bucket(&SavedReport::load(&merged_file).unwrap().divergences).len();
    assert!(signatures >= 2, "{signatures} buckets");
    assert_eq!(report["metadata"]["shards"][2]["partition"], "seed-range");
}

#[test]
fn the_command_line_merges_and_refuses_with_exit_2() {
    let folder = scratch("cli");
    let corpus = Path::new(ROOT).join("tests/corpus");
    let run = |shard: &str, report: &Path| {
        Command::new(BINARY)
            .args([
                "run",
                "--engines",
                "reference,reference",
                "--jobs",
                "2",
                "--shard",
                shard,
            ])
            .arg("--corpus")
            .arg(&corpus)
            .arg("--report")
            .arg(report)
            .output()
            .expect("binary")
    };
    let files: Vec<PathBuf> = (1..=2)
        .map(|index| folder.join(format!("s{index}.json")))
        .collect();
    for (index, file) in files.iter().enumerate() {
        let output = run(&format!("{}/2", index + 1), file);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let out = folder.join("merged.json");
    let merge_with = |inputs: &[&PathBuf]| {
        Command::new(BINARY)
            .arg("merge")
            .args(inputs)
            .arg("--report")
            .arg(&out)
            .output()
            .expect("binary")
    };
    let output = merge_with(&[&files[1], &files[0]]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("merged 2 shards: "));
    let run_cases = read_json(&files[0])["metadata"]["shard"]["run_cases"].clone();
    assert!(
        run_cases.as_u64().is_some_and(|cases| cases > 10),
        "{run_cases}"
    );
    assert_eq!(read_json(&out)["totals"]["cases"], run_cases);

    let output = merge_with(&[&files[0]]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("shard 2/2 missing"));
    let output = merge_with(&[&files[0], &files[0]]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("1/2 is given twice"));
    // A merged report is a whole run, not a shard: merging it again is refused.
    let output = merge_with(&[&out]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a shard report"));

    // A shard alone is not a run: `compare` would take the other shards' cases as gone.
    let output = Command::new(BINARY)
        .arg("compare")
        .args([&out, &files[0]])
        .output()
        .expect("binary");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("shard 1/2 only: merge the shards first")
    );

    let output = run("4/3", &folder.join("bad.json"));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("expected K/N"));
}
