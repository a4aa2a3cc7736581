//! Atomic report writing and the known-divergence list format.

use ferrous_conformance::diff::{Category, Divergence};
use ferrous_conformance::known::KnownDivergences;
use ferrous_conformance::report::write_atomically;
use std::path::PathBuf;

fn scratch(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("ferrous-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("scratch folder");
    folder
}

#[test]
fn atomic_writes_replace_the_file_and_leave_nothing_behind() {
    let folder = scratch("atomic");
    let target = folder.join("report.json");
    write_atomically(&target, b"first").expect("first write");
    write_atomically(&target, b"second").expect("second write");
    assert_eq!(std::fs::read(&target).expect("read"), b"second");
    let names: Vec<String> = std::fs::read_dir(&folder)
        .expect("list")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names,
        vec!["report.json".to_string()],
        "no temporary file is left"
    );
}

#[test]
fn a_failed_write_keeps_the_old_report() {
    let folder = scratch("atomic-failure");
    let target = folder.join("report.json");
    write_atomically(&target, b"kept").expect("write");
    // A directory where the report should go makes the rename fail.
    let blocked = folder.join("blocked.json");
    std::fs::create_dir_all(blocked.join("inside")).expect("blocking folder");
    assert!(write_atomically(&blocked, b"lost").is_err());
    assert_eq!(std::fs::read(&target).expect("read"), b"kept");
    let leftovers = std::fs::read_dir(&folder)
        .expect("list")
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|entry| entry.file_name().to_string_lossy().contains(".tmp-"))
        })
        .count();
    assert_eq!(leftovers, 0);
}

fn divergence(category: Category, signature: &str) -> Divergence {
    Divergence {
        category,
        detail: String::new(),
        fingerprint: String::new(),
        signature: signature.to_string(),
        arbitration: None,
    }
}

#[test]
fn known_list_matches_by_signature_and_optional_cases() {
    let list = KnownDivergences::parse(
        r#"{ "schema_version": 1, "divergences": [
            { "signature": "output:aaaaaaaaaaaa", "reason": "anywhere" },
            { "signature": "returns:bbbbbbbbbbbb", "reason": "only there", "cases": ["x/one"] } ] }"#,
    )
    .expect("valid list");
    assert!(list
        .matching(
            "any/case",
            &divergence(Category::Output, "output:aaaaaaaaaaaa")
        )
        .is_some());
    assert!(list
        .matching(
            "x/one",
            &divergence(Category::Returns, "returns:bbbbbbbbbbbb")
        )
        .is_some());
    assert!(list
        .matching(
            "x/two",
            &divergence(Category::Returns, "returns:bbbbbbbbbbbb")
        )
        .is_none());
    assert!(list
        .matching(
            "x/one",
            &divergence(Category::Returns, "returns:cccccccccccc")
        )
        .is_none());
}

#[test]
fn crashes_are_never_known() {
    let list = KnownDivergences::parse(
        r#"{ "schema_version": 1, "divergences": [ { "signature": "crash:aaaaaaaaaaaa", "reason": "no" } ] }"#,
    )
    .expect("valid list");
    assert!(list
        .matching("c", &divergence(Category::Crash, "crash:aaaaaaaaaaaa"))
        .is_none());
}

#[test]
fn malformed_lists_are_rejected_with_a_reason() {
    let bad = [
        (
            r#"{ "schema_version": 2, "divergences": [] }"#,
            "schema_version 2",
        ),
        (
            r#"{ "schema_version": 1, "divergences": [ { "signature": "x" } ] }"#,
            "reason",
        ),
        (
            r#"{ "schema_version": 1, "divergences": [ { "signature": "x", "reason": " " } ] }"#,
            "no reason",
        ),
        (
            r#"{ "schema_version": 1, "divergences": [], "extra": 1 }"#,
            "unknown field",
        ),
        ("not json", "expected"),
    ];
    for (text, fragment) in bad {
        let error = KnownDivergences::parse(text).expect_err(text);
        assert!(error.contains(fragment), "{text}: {error}");
    }
}

#[test]
fn a_missing_list_is_empty_and_the_shipped_one_is_valid() {
    let folder = scratch("known-missing");
    let list = KnownDivergences::load(&folder.join("absent.json")).expect("missing is empty");
    assert!(list.divergences.is_empty());
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/known-divergences.json");
    KnownDivergences::load(std::path::Path::new(shipped)).expect("the shipped list parses");
}
