//! No silent green: every input that would make a run test nothing (or test less than it
//! claims) ends the command-line run with exit code 2 and a message naming the file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BINARY: &str = env!("CARGO_BIN_EXE_ferrous-conformance");

/// A fresh scratch folder holding a `corpus/` with one ordinary case.
fn corpus_with_one_case(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("ferrous-bad-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("corpus")).expect("scratch corpus");
    std::fs::write(folder.join("corpus/ordinary.lua"), "return 1\n").expect("case");
    folder
}

/// Runs the bench over `folder/corpus` with `extra` arguments; gives up after a minute, so a
/// run that hangs fails the test instead of stalling it.
fn run(folder: &Path, extra: &[&str]) -> (i32, String) {
    let mut child = Command::new(BINARY)
        .arg("run")
        .arg("--corpus")
        .arg(folder.join("corpus"))
        .arg("--report")
        .arg(folder.join("report.json"))
        .args(["--engines", "reference,reference", "--jobs", "1"])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the bench");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the run hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
        .expect("read stderr");
    (status.code().unwrap_or(-1), stderr)
}

fn assert_usage_error(code: i32, stderr: &str, fragments: &[&str]) {
    assert_eq!(code, 2, "{stderr}");
    for fragment in fragments {
        assert!(
            stderr.contains(fragment),
            "{fragment:?} missing from: {stderr}"
        );
    }
}

#[test]
fn a_malformed_header_is_a_usage_error_naming_the_file() {
    let folder = corpus_with_one_case("header");
    std::fs::write(folder.join("corpus/bad.lua"), "-- @colour: red\nreturn 1\n").expect("case");
    let (code, stderr) = run(&folder, &[]);
    assert_usage_error(code, &stderr, &["bad.lua", "unknown directive 'colour'"]);
    let report = std::fs::read_to_string(folder.join("report.json")).expect("report written");
    assert!(report.contains("\"malformed_header\": 1"), "{report}");
}

#[test]
fn an_unknown_engine_in_a_header_is_a_usage_error() {
    let folder = corpus_with_one_case("engines");
    std::fs::write(
        folder.join("corpus/nosuch.lua"),
        "-- @engines: nosuch\nreturn 1\n",
    )
    .expect("case");
    let (code, stderr) = run(&folder, &[]);
    assert_usage_error(code, &stderr, &["nosuch.lua", "unknown engine 'nosuch'"]);
}

#[test]
fn a_missing_known_file_is_a_usage_error() {
    let folder = corpus_with_one_case("known");
    let missing = folder.join("no-such-list.json");
    let (code, stderr) = run(&folder, &["--known", missing.to_str().expect("utf-8")]);
    assert_usage_error(
        code,
        &stderr,
        &["no-such-list.json", "cannot read the file"],
    );
}

#[test]
fn an_empty_corpus_is_a_usage_error() {
    let folder = corpus_with_one_case("empty");
    std::fs::remove_file(folder.join("corpus/ordinary.lua")).expect("empty it");
    let (code, stderr) = run(&folder, &[]);
    assert_usage_error(code, &stderr, &["corpus", "holds no .lua case"]);
}

#[test]
fn a_filter_matching_nothing_is_a_usage_error() {
    let folder = corpus_with_one_case("filter");
    let (code, stderr) = run(&folder, &["--filter", "no-such-case"]);
    assert_usage_error(code, &stderr, &["--filter 'no-such-case' matches none"]);
}

#[test]
fn a_corpus_with_nothing_for_the_profile_is_a_usage_error() {
    let folder = corpus_with_one_case("profile");
    let (code, stderr) = run(&folder, &["--profile", "redis"]);
    assert_usage_error(code, &stderr, &["runs under the redis profile"]);
}

#[test]
fn a_fifo_is_refused_without_hanging() {
    let folder = corpus_with_one_case("fifo");
    let fifo = folder.join("corpus/pipe.lua");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let (code, stderr) = run(&folder, &[]);
    assert_usage_error(code, &stderr, &["pipe.lua", "not a regular file"]);
}

#[test]
fn a_symbolic_link_loop_is_refused_instead_of_running_cases_again() {
    let folder = corpus_with_one_case("loop");
    std::os::unix::fs::symlink("..", folder.join("corpus/again")).expect("symlink");
    let (code, stderr) = run(&folder, &[]);
    assert_usage_error(code, &stderr, &["again", "reached a second time"]);
}

#[test]
fn a_case_linking_to_itself_is_refused() {
    let folder = corpus_with_one_case("self-link");
    let link = folder.join("corpus/self.lua");
    std::os::unix::fs::symlink(&link, &link).expect("symlink");
    let (code, stderr) = run(&folder, &[]);
    assert_usage_error(code, &stderr, &["self.lua", "symbolic links"]);
}
