//! Engines in worker processes: a case stuck inside reference Lua's C code, or one that aborts
//! its engine's process, ends alone (inconclusive, or a crash) and every other case of the run
//! still agrees.
//!
//! A test binary without libtest's harness, because it is also a worker: run as `isolation
//! worker`, it serves a reference engine that aborts on the case named `aborts`.

mod common;

use common::{Fault, FaultyEngine};
use ferrous_conformance::corpus::Entry;
use ferrous_conformance::diff::Category;
use ferrous_conformance::engine::{Case, Engine};
use ferrous_conformance::engines::ferrous::FerrousEngine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::known::KnownDivergences;
use ferrous_conformance::runner::{run_all, run_both_guarded, Verdict};
use ferrous_conformance::workers::process::{ProcessEngine, WorkerCommand};
use ferrous_conformance::workers::serve::serve_stdio;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

const BINARY: &str = env!("CARGO_BIN_EXE_ferrous-conformance");

/// The pathological pattern of issue 12: backtracking that never ends inside `str_find_aux`.
const WEDGING_CASE: &str =
    "return string.find(string.rep('a', 30000), string.rep('a?', 30000) .. string.rep('a', 30000))\n";

fn ordinary_case(index: usize) -> String {
    format!(
        "local t = {{}} for i = 1, {index} do t[i] = i * i end\n\
         math.randomseed({index}) return #t, t[{index}], math.random(1000), tostring(nil)\n"
    )
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let folder =
        std::env::temp_dir().join(format!("ferrous-isolation-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("scratch folder");
    folder
}

/// `run` over a corpus whose first case wedges the reference, then 50 ordinary cases: the
/// reference's worker is killed at the wall clock and replaced, and nothing else is touched.
fn a_wedged_reference_costs_one_inconclusive_case() {
    let corpus = scratch("wedge");
    std::fs::write(corpus.join("a-wedge.lua"), WEDGING_CASE).expect("case");
    for index in 1..=50 {
        std::fs::write(
            corpus.join(format!("case{index:02}.lua")),
            ordinary_case(index),
        )
        .expect("case");
    }
    std::fs::write(
        corpus.join("known-divergences.json"),
        r#"{"schema_version": 1, "divergences": []}"#,
    )
    .expect("known list");
    let report = corpus.join("report.json");
    let status = Command::new(BINARY)
        .args(["run", "--jobs", "2", "--wall-clock", "1", "--corpus"])
        .arg(&corpus)
        .arg("--report")
        .arg(&report)
        .output()
        .expect("bench runs");
    let stdout = String::from_utf8_lossy(&status.stdout);
    assert_eq!(status.status.code(), Some(0), "{stdout}");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report).expect("report")).expect("json");
    let totals = &report["totals"];
    assert_eq!(totals["cases"], 51, "{totals}");
    assert_eq!(totals["agree"], 50, "{totals}");
    assert_eq!(totals["inconclusive"], 1, "{totals}");
    assert_eq!(totals["crashes"], 0, "{totals}");
    assert_eq!(report["inconclusive"][0]["id"], "a-wedge", "{report}");
    let _ = std::fs::remove_dir_all(&corpus);
}

/// A reference whose process aborts on one case: that case is a crash naming the signal, the
/// others agree with the Ferrous VM, and later cases run on fresh workers.
fn an_aborting_engine_crashes_only_its_own_case() {
    let worker = WorkerCommand {
        program: std::env::current_exe().expect("this test binary"),
        args: vec!["worker".to_string()],
    };
    let isolated: Arc<dyn Engine> = Arc::new(ProcessEngine::new(
        "reference",
        "reference aborting on the case 'aborts'".to_string(),
        worker,
    ));
    let engines: [Arc<dyn Engine>; 2] = [Arc::new(FerrousEngine), isolated];
    let entries: Vec<Entry> = (0..30)
        .map(|index| {
            let id = if index == 10 {
                "aborts".to_string()
            } else {
                format!("case{index}")
            };
            let mut case = Case::from_source(&id, ordinary_case(index + 1).as_bytes());
            case.limits.wall_clock = Duration::from_secs(20);
            Entry::Runnable(case)
        })
        .collect();
    let results =
        run_all(&entries, &engines, &KnownDivergences::default(), 2, &|_| {}).expect("run");
    for result in &results {
        match (&result.verdict, result.id.as_str()) {
            (Verdict::Diverge { divergence, .. }, "aborts") => {
                assert_eq!(divergence.category, Category::Crash);
                assert!(
                    divergence.detail.contains("SIGABRT"),
                    "{}",
                    divergence.detail
                );
            }
            (Verdict::Agree, id) if id != "aborts" => {}
            (verdict, id) => panic!("{id}: {verdict:?}"),
        }
    }
}

/// How long the test worker takes over the case named `slow`.
const SLOW_CASE: Duration = Duration::from_millis(600);

/// Two engines in worker processes run a case side by side: a case each takes 600 ms over
/// is answered by both in well under twice that.
fn engines_in_workers_run_a_case_side_by_side() {
    let worker = || {
        Arc::new(ProcessEngine::new(
            "reference",
            "reference sleeping on the case 'slow'".to_string(),
            WorkerCommand {
                program: std::env::current_exe().expect("this test binary"),
                args: vec!["worker".to_string()],
            },
        )) as Arc<dyn Engine>
    };
    let engines = [worker(), worker()];
    let case = Arc::new(Case::from_source("slow", b"return 1"));
    // Workers start on first use; this run is not timed.
    let warm = run_both_guarded(&engines, &Arc::new(Case::from_source("warm", b"")));
    assert_eq!(warm.0, warm.1);
    let started = std::time::Instant::now();
    let (left, right) = run_both_guarded(&engines, &case);
    let elapsed = started.elapsed();
    assert_eq!(left, right);
    assert_eq!(left, ReferenceEngine.run(&case));
    assert!(elapsed < SLOW_CASE * 3 / 2, "{elapsed:?}");
}

fn main() {
    let mut arguments = std::env::args().skip(1);
    if arguments.next().as_deref() == Some("worker") {
        let engine =
            FaultyEngine::new(&[("aborts", Fault::Abort), ("slow", Fault::Sleep(SLOW_CASE))]);
        serve_stdio(Box::new(engine)).expect("serve");
        return;
    }
    // Make sure the honest engine works in-process before judging the workers.
    let probe = ReferenceEngine.run(&Case::from_source("probe", b"return 1"));
    assert_eq!(probe.status.label(), "ok");
    let tests: [(&str, fn()); 3] = [
        (
            "a_wedged_reference_costs_one_inconclusive_case",
            a_wedged_reference_costs_one_inconclusive_case,
        ),
        (
            "an_aborting_engine_crashes_only_its_own_case",
            an_aborting_engine_crashes_only_its_own_case,
        ),
        (
            "engines_in_workers_run_a_case_side_by_side",
            engines_in_workers_run_a_case_side_by_side,
        ),
    ];
    // The part of libtest's command line that tools use: `--list`, and a name filter.
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.iter().any(|argument| argument == "--list") {
        for (name, _) in tests {
            println!("{name}: test");
        }
        return;
    }
    let filter = arguments.iter().find(|argument| !argument.starts_with('-'));
    for (name, test) in tests {
        if filter.is_some_and(|filter| !name.contains(filter.as_str())) {
            continue;
        }
        test();
        println!("test {name} ... ok");
    }
}
