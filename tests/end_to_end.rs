//! Whole runs over `tests/corpus`: the library with reference and fault-injecting engines, and
//! the command-line binary with its exit codes.

mod common;

use common::{Fault, FaultyEngine};
use ferrous_conformance::bench::{run_bench, RunRequest, RunResult};
use ferrous_conformance::diff::Category;
use ferrous_conformance::engine::{Engine, Profile};
use ferrous_conformance::engines::ferrous::FerrousEngine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::progress::ProgressMode;
use ferrous_conformance::runner::Verdict;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
const BINARY: &str = env!("CARGO_BIN_EXE_ferrous-conformance");

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("ferrous-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("scratch folder");
    folder
}

fn request(report_folder: &Path) -> RunRequest {
    RunRequest {
        corpus: PathBuf::from(CORPUS),
        profile: Profile::Lua51,
        report: report_folder.join("conformance.json"),
        known: None,
        jobs: 2,
        filter: None,
        wall_clock: Some(Duration::from_secs(5)),
        progress: ProgressMode::Hidden,
    }
}

fn verdict_of<'a>(result: &'a RunResult, id: &str) -> &'a Verdict {
    &result
        .results
        .iter()
        .find(|case| case.id == id)
        .unwrap_or_else(|| panic!("no case {id}"))
        .verdict
}

fn category_of(result: &RunResult, id: &str) -> Category {
    match verdict_of(result, id) {
        Verdict::Diverge { divergence, .. } => divergence.category,
        other => panic!("{id}: expected a divergence, got {other:?}"),
    }
}

#[test]
fn reference_against_itself_has_no_divergence() {
    let folder = scratch("self-check");
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(ReferenceEngine), Arc::new(ReferenceEngine)];
    let result = run_bench(&request(&folder), engines).expect("run");
    let totals = &result.report.totals;
    assert_eq!(totals.divergent, 0, "{:#?}", result.report.divergences);
    assert_eq!(totals.cases, 21);
    assert_eq!(totals.inconclusive, 2, "budget and memory cases");
    assert_eq!(totals.skipped, 1, "the redis-profile case");
    assert_eq!(totals.malformed_header, 0);
    assert_eq!(totals.agree, 18);
    assert_eq!(result.exit_code(), 0);
    assert!(matches!(
        verdict_of(&result, "limits/budget"),
        Verdict::Inconclusive { .. }
    ));

    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("conformance.json")).expect("report"))
            .expect("valid JSON");
    assert_eq!(report["schema_version"], 2);
    assert_eq!(report["metadata"]["engines"][0]["name"], "reference");
    assert_eq!(report["metadata"]["jobs"], 2);
    assert_eq!(report["totals"]["cases"], 21);
    assert_eq!(report["totals"]["diverge"]["crash"], 0);
    assert_eq!(report["folders"]["errors"]["agree"], 5);
    let log = std::fs::read_to_string(folder.join("conformance.partial.jsonl")).expect("log");
    assert_eq!(log.lines().count(), 21, "one progress line per case");
    for line in log.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
    }
}

#[test]
fn injected_faults_show_up_as_the_expected_divergences() {
    let folder = scratch("faults");
    let faulty = FaultyEngine::new(&[
        ("basics/print", Fault::ExtraOutput),
        ("errors/runtime", Fault::Message("somewhere: else")),
        ("tables/length", Fault::Panic),
        ("basics/varargs", Fault::Sleep(Duration::from_secs(4))),
        (
            "basics/arith",
            Fault::FirstReturn(ferrous_conformance::outcome::Value::Nil),
        ),
        ("errors/syntax", Fault::AlwaysOk),
    ]);
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(faulty), Arc::new(ReferenceEngine)];
    let mut request = request(&folder);
    request.wall_clock = Some(Duration::from_millis(1500));
    let result = run_bench(&request, engines).expect("run");
    assert_eq!(category_of(&result, "basics/print"), Category::Output);
    assert_eq!(
        category_of(&result, "errors/runtime"),
        Category::ErrorMessage
    );
    assert_eq!(category_of(&result, "tables/length"), Category::Crash);
    assert_eq!(category_of(&result, "basics/varargs"), Category::Timeout);
    assert_eq!(category_of(&result, "basics/arith"), Category::Returns);
    assert_eq!(category_of(&result, "errors/syntax"), Category::Status);
    let totals = &result.report.totals;
    assert_eq!(totals.divergent, 6);
    assert_eq!(totals.new, 6);
    assert_eq!(totals.crashes, 1);
    assert_eq!(result.exit_code(), 1);
    let record = result
        .report
        .divergences
        .iter()
        .find(|record| record.id == "basics/print")
        .expect("record");
    assert!(record.reproduce.starts_with("ferrous-conformance show "));
    assert!(record.reproduce.contains("basics/print.lua"));
    assert!(record.reproduce.ends_with("--engines faulty,reference"));
    assert!(record.outcomes.left.output.0.ends_with(b"extra line\n"));
}

#[test]
fn known_divergences_pass_and_new_ones_or_crashes_fail() {
    let folder = scratch("known");
    let engines = || -> [Arc<dyn Engine>; 2] {
        [
            Arc::new(FaultyEngine::new(&[
                ("basics/print", Fault::ExtraOutput),
                ("tables/nested", Fault::ExtraOutput),
            ])),
            Arc::new(ReferenceEngine),
        ]
    };
    let first = run_bench(&request(&folder), engines()).expect("run");
    assert_eq!(first.report.totals.new, 2);
    assert_eq!(first.exit_code(), 1);
    let signature = &first.report.divergences[0].divergence.signature;
    assert_eq!(
        signature, &first.report.divergences[1].divergence.signature,
        "same bug, one bucket"
    );

    let known = folder.join("known.json");
    let list = serde_json::json!({
        "schema_version": 1,
        "divergences": [{ "signature": signature, "reason": "extra output is a known gap" }]
    });
    std::fs::write(&known, list.to_string()).expect("write list");
    let mut with_known = request(&folder);
    with_known.known = Some(known.clone());
    let second = run_bench(&with_known, engines()).expect("run");
    assert_eq!(second.report.totals.known, 2);
    assert_eq!(second.report.totals.new, 0);
    assert_eq!(second.exit_code(), 0);

    // Restricting the entry to one case leaves the other one new.
    let narrowed = serde_json::json!({
        "schema_version": 1,
        "divergences": [{ "signature": signature, "reason": "only here", "cases": ["basics/print"] }]
    });
    std::fs::write(&known, narrowed.to_string()).expect("write list");
    let third = run_bench(&with_known, engines()).expect("run");
    assert_eq!((third.report.totals.known, third.report.totals.new), (1, 1));
    assert_eq!(third.exit_code(), 1);

    // A crash fails the run even when its signature is listed.
    let crashing = || -> [Arc<dyn Engine>; 2] {
        [
            Arc::new(FaultyEngine::new(&[("basics/print", Fault::Panic)])),
            Arc::new(ReferenceEngine),
        ]
    };
    let mut only_print = request(&folder);
    only_print.filter = Some("basics/print".to_string());
    let crashed = run_bench(&only_print, crashing()).expect("run");
    let crash_signature = &crashed.report.divergences[0].divergence.signature;
    let listed = serde_json::json!({
        "schema_version": 1,
        "divergences": [{ "signature": crash_signature, "reason": "tolerated?" }]
    });
    std::fs::write(&known, listed.to_string()).expect("write list");
    only_print.known = Some(known);
    let still = run_bench(&only_print, crashing()).expect("run");
    assert_eq!(still.report.totals.crashes, 1);
    assert_eq!(still.exit_code(), 1);
}

#[test]
fn filter_selects_by_path_or_id() {
    let folder = scratch("filter");
    let mut filtered = request(&folder);
    filtered.filter = Some("errors/".to_string());
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(ReferenceEngine), Arc::new(ReferenceEngine)];
    let result = run_bench(&filtered, engines).expect("run");
    assert_eq!(result.report.totals.cases, 5);
    assert!(result
        .results
        .iter()
        .all(|case| case.id.starts_with("errors/")));
}

#[test]
fn huge_files_are_skipped_with_a_reason() {
    let folder = scratch("huge");
    let corpus = folder.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    std::fs::write(corpus.join("small.lua"), "return 1").expect("small");
    let huge = format!("return '{}'", "x".repeat(5 << 20));
    std::fs::write(corpus.join("huge.lua"), huge).expect("huge");
    let mut request = request(&folder);
    request.corpus = corpus;
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(ReferenceEngine), Arc::new(ReferenceEngine)];
    let result = run_bench(&request, engines).expect("run");
    assert!(
        matches!(verdict_of(&result, "huge"), Verdict::Skipped { reason } if reason.contains("over the 4194304 byte limit"))
    );
    assert!(matches!(verdict_of(&result, "small"), Verdict::Agree));
}

fn run_cli(arguments: &[&str]) -> (i32, String, String) {
    let output = Command::new(BINARY)
        .args(arguments)
        .output()
        .expect("run the binary");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn cli_self_check_exits_zero_and_prints_the_summary() {
    let folder = scratch("cli-self-check");
    let report = folder.join("out.json");
    let (code, stdout, _) = run_cli(&[
        "run",
        "--corpus",
        CORPUS,
        "--engines",
        "reference,reference",
        "--report",
        report.to_str().expect("utf-8 path"),
        "--jobs",
        "2",
    ]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("21 cases, 18 agree, 0 divergent"),
        "{stdout}"
    );
    assert!(
        stdout.contains("error-message"),
        "per-category table: {stdout}"
    );
    assert!(stdout.contains("metatables"), "per-folder table: {stdout}");
    assert!(report.exists());
}

#[test]
fn cli_usage_errors_exit_two_with_clear_messages() {
    let folder = scratch("cli-usage");
    let report = folder.join("r.json");
    let report = report.to_str().expect("utf-8 path");
    let missing = folder.join("no-such-corpus");
    let (code, _, stderr) = run_cli(&[
        "run",
        "--corpus",
        missing.to_str().expect("utf-8 path"),
        "--engines",
        "reference,reference",
        "--report",
        report,
    ]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("ferrous-conformance: "), "{stderr}");
    assert!(stderr.contains("corpus folder not found"), "{stderr}");

    let (code, _, stderr) = run_cli(&[
        "run",
        "--corpus",
        CORPUS,
        "--engines",
        "ferrous,luajit",
        "--report",
        report,
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown engine 'luajit'"), "{stderr}");

    let (code, _, stderr) = run_cli(&[
        "run",
        "--corpus",
        CORPUS,
        "--engines",
        "reference,reference",
        "--report",
        "/proc/no-such-folder/report.json",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot write the report"), "{stderr}");

    let (code, _, _) = run_cli(&["run", "--jobs", "0"]);
    assert_eq!(code, 2, "clap rejects a zero job count");
}

#[test]
fn cli_show_prints_both_outcomes() {
    let case = format!("{CORPUS}/metatables/events.lua");
    let (code, stdout, _) = run_cli(&[
        "show",
        &case,
        "--corpus",
        CORPUS,
        "--engines",
        "reference,reference",
    ]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("left: reference"));
    assert!(stdout.contains("verdict: agree"));
    assert!(
        stdout.contains("V(3)"),
        "captured output is shown: {stdout}"
    );
}

#[test]
fn reference_against_itself_over_the_shipped_corpus_has_no_divergence() {
    let folder = scratch("shipped-self-check");
    let mut shipped = request(&folder);
    shipped.corpus = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus"));
    shipped.known = None;
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(ReferenceEngine), Arc::new(ReferenceEngine)];
    let result = run_bench(&shipped, engines).expect("run");
    assert_eq!(
        result.report.totals.divergent, 0,
        "{:#?}",
        result.report.divergences
    );
    assert_eq!(result.exit_code(), 0);
}

#[test]
fn ferrous_against_reference_over_the_test_corpus_agrees() {
    let folder = scratch("ferrous-reference");
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(FerrousEngine), Arc::new(ReferenceEngine)];
    let result = run_bench(&request(&folder), engines).expect("run");
    let totals = &result.report.totals;
    assert_eq!(totals.divergent, 0, "{:#?}", result.report.divergences);
    assert_eq!(totals.crashes, 0);
    assert_eq!(
        totals.inconclusive, 2,
        "the budget and memory cases stop both engines"
    );
    assert_eq!(totals.agree, 18, "every lua51 case agrees");
    assert_eq!(totals.skipped, 1, "the redis-profile case");
    assert_eq!(result.exit_code(), 0);
}
