//! The real-Redis engine end to end: a private redis-server runs corpus cases and agrees with
//! the reference on them. Skipped without `redis-server` unless `FERROUS_REQUIRE_REDIS=1`.

mod common;

use ferrous_conformance::corpus::{load_single, LoadOptions};
use ferrous_conformance::diff::{compare, Comparison};
use ferrous_conformance::engine::{Engine, Limits, Profile};
use ferrous_conformance::engines::redis_server::RedisServerEngine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::outcome::{ErrorKind, Status};
use std::path::Path;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");

fn redis_available() -> bool {
    common::live_redis::live_redis_server().is_some()
}

fn load(case: &str) -> ferrous_conformance::engine::Case {
    let options = LoadOptions {
        profile: Profile::Redis,
        limits: Limits::default(),
    };
    load_single(
        &Path::new(CORPUS).join("redis").join(format!("{case}.lua")),
        Path::new(CORPUS),
        &options,
    )
    .expect("case loads")
}

#[test]
fn real_redis_and_the_reference_agree_on_replies_errors_traces_and_data() {
    if !redis_available() {
        return;
    }
    let redis = RedisServerEngine::new();
    for case in [
        "api/keys_and_argv",
        "commands/data_set_types",
        "errors/data_kept_after_error",
        "errors/not_allowed_from_script",
        "sandbox/read_undeclared_global",
    ] {
        let case = load(case);
        let real = redis.run(&case);
        let reference = ReferenceEngine.run(&case);
        assert!(real.trace_from_monitor, "{}", case.id);
        assert!(real.keyspace.is_some(), "{}", case.id);
        assert_eq!(compare(&reference, &real), Comparison::Agree, "{}", case.id);
    }
}

#[test]
fn runaway_scripts_are_killed_and_the_server_recovers() {
    if !redis_available() {
        return;
    }
    let redis = RedisServerEngine::new();
    for case in ["limits/endless_loop_after_write", "limits/endless_loop"] {
        let outcome = redis.run(&load(case));
        assert_eq!(
            outcome.status.error_kind(),
            Some(ErrorKind::Timeout),
            "{case}"
        );
    }
    let after = redis.run(&load("commands/ping_echo"));
    assert_eq!(after.status, Status::Ok, "a fresh server took over");
}
