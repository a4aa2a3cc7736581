//! Every divergence category, including a crash and one-sided timeouts made on purpose.

mod common;

use common::{Fault, FaultyEngine};
use ferrous_conformance::diff::{compare, Category, Comparison, Divergence};
use ferrous_conformance::engine::{Case, Engine};
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::outcome::{
    Bytes, ErrorKind, Number, Outcome, Reply, TraceEntry, Value, WALL_CLOCK_MESSAGE,
};
use ferrous_conformance::runner::run_guarded;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn divergence(left: &Outcome, right: &Outcome) -> Divergence {
    match compare(left, right) {
        Comparison::Diverge(divergence) => divergence,
        other => panic!("expected a divergence, got {other:?}"),
    }
}

fn case(id: &str, source: &str) -> Arc<Case> {
    let mut case = Case::from_source(id, source.as_bytes());
    case.limits.wall_clock = Duration::from_millis(300);
    Arc::new(case)
}

fn run_pair(faults: &[(&str, Fault)], case: &Arc<Case>) -> (Outcome, Outcome) {
    let faulty: Arc<dyn Engine> = Arc::new(FaultyEngine::new(faults));
    let reference: Arc<dyn Engine> = Arc::new(ReferenceEngine);
    (run_guarded(&faulty, case), run_guarded(&reference, case))
}

#[test]
fn identical_outcomes_agree() {
    let outcome = Outcome::returned(vec![Value::number(f64::NAN)], b"x\n".to_vec());
    assert_eq!(compare(&outcome, &outcome.clone()), Comparison::Agree);
}

#[test]
fn status_differs_when_one_side_fails() {
    let ok = Outcome::returned(vec![], vec![]);
    let failed = Outcome::failed(ErrorKind::Runtime, "x.lua:1: boom", vec![]);
    assert_eq!(divergence(&ok, &failed).category, Category::Status);
    let syntax = Outcome::failed(ErrorKind::Syntax, "x.lua:1: boom", vec![]);
    assert_eq!(divergence(&syntax, &failed).category, Category::Status);
}

#[test]
fn error_messages_are_compared_exactly() {
    let left = Outcome::failed(
        ErrorKind::Runtime,
        "a.lua:3: attempt to call global 'f' (a nil value)",
        vec![],
    );
    let right = Outcome::failed(
        ErrorKind::Runtime,
        "a.lua:4: attempt to call global 'f' (a nil value)",
        vec![],
    );
    let found = divergence(&left, &right);
    assert_eq!(found.category, Category::ErrorMessage);
    assert!(found.detail.contains("a.lua:3"), "{}", found.detail);
    assert!(found.signature.starts_with("error-message:"));
}

#[test]
fn returns_compare_numbers_exactly() {
    let with = |value: Value| Outcome::returned(vec![Value::string("same"), value], vec![]);
    assert_eq!(
        compare(
            &with(Value::number(f64::NAN)),
            &with(Value::number(-f64::NAN))
        ),
        Comparison::Agree
    );
    let found = divergence(&with(Value::number(0.0)), &with(Value::number(-0.0)));
    assert_eq!(found.category, Category::Returns);
    assert!(found.detail.starts_with("return [2]"), "{}", found.detail);
    let fewer = Outcome::returned(vec![Value::string("same")], vec![]);
    assert_eq!(
        divergence(&fewer, &with(Value::Nil)).category,
        Category::Returns
    );
}

#[test]
fn returns_point_at_the_first_differing_table_entry() {
    let table = |inner: f64| Value::Table {
        entries: vec![(
            Value::string("k"),
            Value::Table {
                entries: vec![(Value::number(1.0), Value::number(inner))],
            },
        )],
    };
    let found = divergence(
        &Outcome::returned(vec![table(1.0)], vec![]),
        &Outcome::returned(vec![table(2.0)], vec![]),
    );
    assert!(
        found.detail.starts_with("return [1][\"k\"][1]"),
        "{}",
        found.detail
    );
}

#[test]
fn output_records_the_first_differing_line() {
    let left = Outcome::returned(vec![], b"a\nb\nc\n".to_vec());
    let right = Outcome::returned(vec![], b"a\nB\nc\n".to_vec());
    let found = divergence(&left, &right);
    assert_eq!(found.category, Category::Output);
    assert!(
        found.detail.starts_with("output line 2:"),
        "{}",
        found.detail
    );
}

#[test]
fn traces_are_compared() {
    let call = |reply: i64| TraceEntry {
        function: "call".to_string(),
        arguments: vec![Bytes::from("INCR"), Bytes::from("k")],
        reply: Reply::Integer { value: reply },
    };
    let mut left = Outcome::returned(vec![], vec![]);
    let mut right = left.clone();
    left.trace.push(call(1));
    right.trace.push(call(2));
    let found = divergence(&left, &right);
    assert_eq!(found.category, Category::Trace);
    assert!(found.detail.starts_with("call 1:"), "{}", found.detail);
}

#[test]
fn time_and_chance_are_compared_with_real_redis_by_shape() {
    let time = |seconds: &str| {
        let mut outcome = Outcome::returned(
            vec![Value::Table {
                entries: vec![(
                    Value::Number { value: Number(1.0) },
                    Value::String {
                        value: Bytes::from(seconds),
                    },
                )],
            }],
            vec![],
        );
        outcome.trace.push(TraceEntry {
            function: "monitor".to_string(),
            arguments: vec![Bytes::from("TIME")],
            reply: Reply::Unobserved,
        });
        outcome
    };
    let (model, mut redis) = (time("1700000000"), time("1796405820"));
    // Between two engines that both use the model, the values count.
    assert_eq!(divergence(&model, &redis).category, Category::Returns);
    redis.trace_from_monitor = true;
    assert_eq!(compare(&model, &redis), Comparison::Agree);
    // The shape still counts.
    let mut shorter = redis.clone();
    shorter.returns = vec![Value::Nil];
    assert_eq!(divergence(&model, &shorter).category, Category::Returns);
}

#[test]
fn resource_exhaustion_on_both_sides_is_inconclusive() {
    let timeout = Outcome::failed(ErrorKind::Timeout, "instruction budget exhausted", vec![]);
    let memory = Outcome::failed(ErrorKind::Memory, "not enough memory", vec![]);
    for (left, right) in [
        (&timeout, &timeout),
        (&memory, &memory),
        (&timeout, &memory),
    ] {
        assert!(
            matches!(compare(left, right), Comparison::Inconclusive { .. }),
            "never agreement"
        );
    }
}

#[test]
fn a_panicking_engine_is_a_crash_with_the_panic_message() {
    // Not a wall-clock test: symbolising a backtrace (RUST_BACKTRACE=1) on a loaded machine
    // can take longer than the short guard the timing tests use.
    let mut case = Case::from_source("crashes", b"return 1");
    case.limits.wall_clock = Duration::from_secs(30);
    let case = Arc::new(case);
    let (faulty, reference) = run_pair(&[("crashes", Fault::Panic)], &case);
    assert_eq!(faulty.status.error_kind(), Some(ErrorKind::Crash));
    let found = divergence(&faulty, &reference);
    assert_eq!(found.category, Category::Crash);
    assert!(
        found.detail.contains("injected fault in crashes"),
        "{}",
        found.detail
    );
}

#[test]
fn an_engine_sleeping_past_the_wall_clock_is_a_one_sided_timeout() {
    let case = case("sleeps", "return 1");
    let started = Instant::now();
    let (faulty, reference) = run_pair(&[("sleeps", Fault::Sleep(Duration::from_secs(3)))], &case);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the guard must not wait for the engine"
    );
    assert_eq!(faulty, Outcome::wall_clock_exceeded());
    let found = divergence(&faulty, &reference);
    assert_eq!(found.category, Category::Timeout);
    assert!(found.detail.contains(WALL_CLOCK_MESSAGE));
}

#[test]
fn an_engine_spinning_in_rust_is_a_one_sided_timeout() {
    let case = case("spins", "return 1");
    let (faulty, reference) = run_pair(&[("spins", Fault::Spin(Duration::from_secs(2)))], &case);
    assert_eq!(divergence(&faulty, &reference).category, Category::Timeout);
}

#[test]
fn a_budget_timeout_on_one_side_is_a_timeout_divergence() {
    let mut looping = Case::from_source("loops", b"while true do end");
    looping.limits.instructions = 50_000;
    let looping = Arc::new(looping);
    let (faulty, reference) = run_pair(&[("loops", Fault::AlwaysOk)], &looping);
    assert_eq!(reference.status.error_kind(), Some(ErrorKind::Timeout));
    assert_eq!(divergence(&faulty, &reference).category, Category::Timeout);
}

#[test]
fn the_same_bug_in_different_cases_shares_a_signature() {
    let make = |line: u32, name: &str| {
        Outcome::failed(
            ErrorKind::Runtime,
            format!("dir/case{line}.lua:{line}: attempt to index global '{name}' (a nil value)")
                .as_str(),
            vec![],
        )
    };
    let ok = Outcome::returned(vec![], vec![]);
    let first = divergence(&make(3, "alpha"), &ok);
    let second = divergence(&make(41, "beta"), &ok);
    assert_eq!(first.signature, second.signature);
    assert_eq!(first.fingerprint, second.fingerprint);
}
