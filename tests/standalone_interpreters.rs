//! `standalone` end to end: every script of `corpus/standalone/` and generated programs under
//! `ferrous-lua` and the `lua5.1` binary, combined output and exit status compared, the JSON report read back; and a
//! script that differs on purpose is reported. Needs `lua5.1` on `PATH`; without it the test is
//! skipped, unless `FERROUS_REQUIRE_LUA51=1` makes that a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

const BENCH: &str = env!("CARGO_BIN_EXE_ferrous-conformance");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn lua51_present() -> bool {
    let found = Command::new("lua5.1").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("FERROUS_REQUIRE_LUA51").is_none(),
            "lua5.1 is required"
        );
        eprintln!("skipped: no lua5.1 on PATH");
    }
    found
}

/// `ferrous-lua` beside the bench (where `standalone` looks by default), built by cargo in the
/// bench's profile in case this test runs alone.
fn ferrous_lua() -> PathBuf {
    let beside = Path::new(BENCH).with_file_name("ferrous-lua");
    let release = Path::new(BENCH)
        .parent()
        .is_some_and(|folder| folder.ends_with("release"));
    let mut build = Command::new(env!("CARGO"));
    build.args(["build", "-p", "ferrous-vm", "--bin", "ferrous-lua"]);
    if release {
        build.arg("--release");
    }
    let status = build.current_dir(ROOT).status().expect("cargo runs");
    assert!(status.success());
    beside
}

fn standalone(args: &[&str], report: &Path) -> (i32, serde_json::Value, String) {
    let output = Command::new(BENCH)
        .arg("standalone")
        .arg("--ferrous")
        .arg(ferrous_lua())
        .arg("--report")
        .arg(report)
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("the bench runs");
    let text = std::fs::read_to_string(report).expect("the report is written");
    (
        output.status.code().unwrap_or(-1),
        serde_json::from_str(&text).expect("the report is JSON"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn the_standalone_scripts_agree_with_lua51() {
    if !lua51_present() {
        return;
    }
    let folder = std::env::temp_dir().join(format!("standalone-test-{}", std::process::id()));
    let (code, report, stdout) = standalone(
        &["corpus/standalone", "--generated", "40", "--seed", "3"],
        &folder.join("standalone.json"),
    );
    assert_eq!(code, 0, "{stdout}");
    let scripts = report["scripts"].as_u64().unwrap();
    assert!(scripts >= 50, "{report}");
    assert_eq!(report["agree"].as_u64(), Some(scripts));
    assert_eq!(report["divergent"].as_array().map(Vec::len), Some(0));
    let lua = report["lua"].as_str().unwrap();
    assert!(lua.starts_with("lua5.1 (Lua 5.1"), "{lua}");
    std::fs::remove_dir_all(&folder).ok();
}

#[test]
fn a_script_that_differs_is_reported_with_its_diff() {
    if !lua51_present() {
        return;
    }
    let folder = std::env::temp_dir().join(format!("standalone-diff-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let script = folder.join("which.lua");
    // The interpreters' -v banners differ in nothing, but their program names do.
    std::fs::write(&script, "print(arg[-1]:match('[^/]*$'))\nos.exit(3)\n").unwrap();
    let (code, report, _) =
        standalone(&[script.to_str().unwrap()], &folder.join("standalone.json"));
    assert_eq!(code, 1);
    let divergence = &report["divergent"][0];
    assert_eq!(divergence["lua_status"], "exit 3");
    assert_eq!(divergence["ferrous_status"], "exit 3");
    let diff = divergence["output_diff"].as_str().unwrap();
    assert!(
        diff.contains("-lua5.1") && diff.contains("+ferrous-lua"),
        "{diff}"
    );
    std::fs::remove_dir_all(&folder).ok();
}
