//! `model-diff` end to end: generated sequences on the model and a private `redis-server`, the
//! JSON report read back. Needs `redis-server` on `PATH` (or `FERROUS_REDIS_SERVER`); without
//! it the test is skipped, unless `FERROUS_REQUIRE_REDIS=1` makes that a failure.

mod common;

use ferrous_conformance::model_diff::{run, ModelDiffArgs};

/// Command families whose model must agree with the server on every generated sequence.
const EXACT_FAMILIES: &[&str] = &["x", "pf", "geo"];

#[test]
fn streams_hyperloglog_and_geo_agree_with_redis_over_generated_sequences() {
    if common::live_redis::live_redis_server().is_none() {
        return;
    }
    let folder = std::env::temp_dir().join(format!("model-diff-test-{}", std::process::id()));
    let report = folder.join("model-diff.json");
    let args = ModelDiffArgs {
        sequences: 300,
        seed: 11,
        only: None,
        report: report.clone(),
    };
    let code = run(&args).expect("model-diff runs");
    let text = std::fs::read_to_string(&report).expect("report written");
    let json: serde_json::Value = serde_json::from_str(&text).expect("report is JSON");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["sequences"], 300);
    let commands = json["commands_by_name"]
        .as_object()
        .expect("commands by name");
    for family in EXACT_FAMILIES {
        assert!(
            commands.keys().any(|name| name.starts_with(family)),
            "no {family}* command was generated"
        );
    }
    let differing = json["differences_by_name"]
        .as_object()
        .expect("differences by name");
    for name in differing.keys() {
        assert!(
            !EXACT_FAMILIES.iter().any(|family| name.starts_with(family)),
            "{name} differs from Redis: {text}"
        );
    }
    assert_eq!(code, u8::from(!differing.is_empty()));
    let _ = std::fs::remove_dir_all(folder);
}
