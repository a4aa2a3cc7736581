//! Ctrl-C writes the final report of what finished (marked interrupted) and a summary, and a
//! report another live run writes is refused.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BINARY: &str = env!("CARGO_BIN_EXE_ferrous-conformance");

/// A scratch folder with a corpus of `count` cases that each take a noticeable time.
fn slow_corpus(name: &str, count: usize) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("ferrous-sigint-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("corpus")).expect("scratch corpus");
    for index in 0..count {
        std::fs::write(
            folder.join(format!("corpus/case{index:02}.lua")),
            "-- @budget: 400000000\nlocal n = 0\nfor i = 1, 3000000 do n = n + i end\nreturn n\n",
        )
        .expect("case");
    }
    folder
}

fn bench(folder: &Path) -> Command {
    let mut command = Command::new(BINARY);
    command
        .arg("run")
        .arg("--corpus")
        .arg(folder.join("corpus"))
        .arg("--report")
        .arg(folder.join("report.json"))
        .args(["--engines", "reference,reference", "--jobs", "1"]);
    command
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{what}: timed out"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sigint_writes_an_interrupted_report_and_a_summary() {
    let folder = slow_corpus("report", 60);
    let log = folder.join("report.partial.jsonl");
    let child = bench(&folder)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the bench");
    wait_until("two cases finish", || {
        std::fs::read_to_string(&log).is_ok_and(|text| text.lines().count() >= 2)
    });
    let pid = i32::try_from(child.id()).expect("pid");
    // SAFETY: sends SIGINT to the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let output = child.wait_with_output().expect("the bench ends");
    assert_eq!(output.status.code(), Some(130));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("interrupted: report of the"), "{stdout}");
    assert!(stdout.contains("category"), "the summary table: {stdout}");

    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("report.json")).expect("report"))
            .expect("JSON");
    assert_eq!(report["interrupted"], true);
    let cases = report["totals"]["cases"].as_u64().expect("cases");
    assert!((2..60).contains(&cases), "{cases} cases finished");
    assert!(
        !folder.join("report.json.lock").exists(),
        "the lock is released"
    );
}

#[test]
fn a_report_locked_by_a_live_run_is_refused() {
    let folder = slow_corpus("lock", 1);
    let lock = folder.join("report.json.lock");
    std::fs::write(&lock, format!("{}\n", std::process::id())).expect("lock of a live process");
    let output = bench(&folder).output().expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("report.json: in use by process"),
        "{stderr}"
    );
    assert!(!folder.join("report.json").exists(), "nothing written");

    std::fs::write(&lock, "999999999\n").expect("stale lock");
    let output = bench(&folder).output().expect("run");
    assert_eq!(output.status.code(), Some(0), "a stale lock is taken over");
    assert!(!lock.exists());
}
