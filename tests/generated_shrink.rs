//! Generated programs reduced through their generator (`reduce --generated SEED`), on
//! divergences made on purpose: the Ferrous VM with a prelude that breaks part of its library.

mod common;

use common::{PreludeEngine, NEGATIVE_ZERO_PRELUDE};

use ferrous_conformance::engine::Engine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::generate::{case_for, default_features, file_name, from_seed};
use ferrous_conformance::reduce::decisions::reduce_generated;
use ferrous_conformance::reduce::oracle::{examine, Finding, Isolation};
use ferrous_conformance::reduce::{reduce, script_size, ReduceOptions, Stability};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

/// `string.rep` that repeats once too often: a bug only some programs reach.
const LONG_REP_PRELUDE: &str =
    "do local plain = string.rep; string.rep = function(s, n) return plain(s, (tonumber(n) or 0) + 1) end end";

/// `table.concat` that ignores its separator.
const CONCAT_PRELUDE: &str =
    "do local plain = table.concat; table.concat = function(t, sep, i, j) return plain(t, '', i, j) end end";

const PRELUDES: [&str; 3] = [NEGATIVE_ZERO_PRELUDE, LONG_REP_PRELUDE, CONCAT_PRELUDE];

fn engines(prelude: &'static str) -> [Arc<dyn Engine>; 2] {
    [
        Arc::new(PreludeEngine { prelude }),
        Arc::new(ReferenceEngine),
    ]
}

fn options(seconds: u64) -> ReduceOptions {
    ReduceOptions {
        jobs: 2,
        time_limit: Duration::from_secs(seconds),
        candidate_wall_clock: Duration::from_secs(5),
        confirmations: 3,
        target: None,
        isolation: Isolation::InProcess,
    }
}

/// The first seeds from `start` whose program diverges on `pair`.
fn divergent_seeds(pair: &[Arc<dyn Engine>; 2], start: u64, wanted: usize) -> Vec<u64> {
    (start..start + 400)
        .filter(|&seed| {
            let program = from_seed(seed, default_features());
            let case = case_for(&program, &file_name(seed));
            matches!(examine(&case, pair, &case.source), Finding::Diverges { .. })
        })
        .take(wanted)
        .collect()
}

#[test]
fn a_generated_divergence_shrinks_through_its_decisions_then_its_text() {
    let pair = engines(NEGATIVE_ZERO_PRELUDE);
    let seed = divergent_seeds(&pair, 1, 1)[0];
    let reduced = reduce_generated(seed, default_features(), &pair, &options(60)).expect("reduces");
    let shrink = &reduced.decisions;
    assert!(
        shrink.shrunk.len() < shrink.original.len(),
        "{} -> {} decision bytes",
        shrink.original.len(),
        shrink.shrunk.len()
    );
    let original = script_size(&reduced.case.source);
    let through_generator = script_size(&shrink.program);
    let last = script_size(&reduced.reduction.reduced);
    assert!(through_generator.bytes < original.bytes);
    assert!(last.lines * 5 <= original.lines, "{original:?} -> {last:?}");
    assert_eq!(reduced.reduction.stability, Stability::Deterministic);
    // The result shows the divergence the seed's program showed.
    let case = case_for(&from_seed(seed, default_features()), &file_name(seed));
    let Finding::Diverges { signature, .. } = examine(&case, &pair, &case.source) else {
        panic!("seed {seed} no longer diverges");
    };
    assert_eq!(reduced.reduction.signature, signature);
    let Finding::Diverges {
        signature: reduced_signature,
        ..
    } = examine(&case, &pair, &reduced.reduction.reduced)
    else {
        panic!("the reduced program does not diverge");
    };
    assert_eq!(reduced_signature, signature);
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Environment variables that make [`shrink_one_generated`] work (set by the study below).
const STUDY_SEED: &str = "FERROUS_SHRINK_STUDY_SEED";
const STUDY_PRELUDE: &str = "FERROUS_SHRINK_STUDY_PRELUDE";
const STUDY_SECONDS: u64 = 20;

/// One program of the study in its own process (a runaway candidate inside reference Lua's C
/// code would hold the in-process engine): through the generator, then text only for
/// comparison, each with the same time limit. Prints one line `STUDY <json>`.
#[test]
#[ignore = "run by generated_divergences_shrink_through_the_generator, one process per program"]
fn shrink_one_generated() {
    let seed: u64 = std::env::var(STUDY_SEED)
        .expect("run by the study")
        .parse()
        .expect("seed");
    let prelude: usize = std::env::var(STUDY_PRELUDE)
        .expect("run by the study")
        .parse()
        .expect("prelude index");
    let pair = engines(PRELUDES[prelude]);
    let through = reduce_generated(seed, default_features(), &pair, &options(STUDY_SECONDS))
        .expect("reduces through the generator");
    let case = case_for(&from_seed(seed, default_features()), &file_name(seed));
    let text_only = reduce(&case, &pair, &options(STUDY_SECONDS)).expect("reduces as text");
    let line = serde_json::json!({
        "seed": seed,
        "prelude": prelude,
        "signature": through.reduction.signature,
        "lines_before": script_size(&case.source).lines,
        "bytes_before": case.source.len(),
        "decisions_before": through.decisions.original.len(),
        "decisions_after": through.decisions.shrunk.len(),
        "generator_lines": script_size(&through.decisions.program).lines,
        "generator_bytes": through.decisions.program.len(),
        "generator_millis": through.decisions.elapsed.as_millis() as u64,
        "lines_after": script_size(&through.reduction.reduced).lines,
        "bytes_after": through.reduction.reduced.len(),
        "millis": through.reduction.elapsed.as_millis() as u64,
        "stability": through.reduction.stability.describe(),
        "text_lines_after": script_size(&text_only.reduced).lines,
        "text_bytes_after": text_only.reduced.len(),
        "text_millis": text_only.elapsed.as_millis() as u64,
    });
    println!("STUDY {line}");
}

/// The figures issue 8 asks for: divergent generated programs under three deliberately broken
/// VM set-ups, reduced through the generator and, for comparison, as text only. Takes about
/// 2 × 20 s per program: `cargo test --release --test generated_shrink -- --ignored study`.
#[test]
#[ignore = "slow study (a few minutes in release); run it with --ignored"]
fn generated_divergences_shrink_through_the_generator_study() {
    let per_prelude: usize = 3;
    let test_binary = std::env::current_exe().expect("test binary");
    let fields = [
        "bytes_before",
        "lines_before",
        "decisions_before",
        "decisions_after",
        "generator_bytes",
        "generator_lines",
        "generator_millis",
        "bytes_after",
        "lines_after",
        "millis",
        "text_bytes_after",
        "text_lines_after",
        "text_millis",
    ];
    let mut columns: Vec<Vec<f64>> = vec![Vec::new(); fields.len()];
    for (prelude, text) in PRELUDES.iter().enumerate() {
        for seed in divergent_seeds(&engines(text), 1, per_prelude) {
            let child = Command::new(&test_binary)
                .args([
                    "--exact",
                    "shrink_one_generated",
                    "--ignored",
                    "--nocapture",
                ])
                .env(STUDY_SEED, seed.to_string())
                .env(STUDY_PRELUDE, prelude.to_string())
                .output()
                .expect("test binary runs");
            let stdout = String::from_utf8_lossy(&child.stdout);
            assert!(
                child.status.success(),
                "seed {seed}: {stdout}{}",
                String::from_utf8_lossy(&child.stderr)
            );
            let line = stdout
                .lines()
                .find_map(|line| line.strip_prefix("STUDY "))
                .expect("a study line");
            let result: serde_json::Value = serde_json::from_str(line).expect("json");
            eprintln!("{result}");
            assert!(!result["stability"]
                .as_str()
                .unwrap_or("")
                .starts_with("flaky"));
            for (column, field) in columns.iter_mut().zip(fields) {
                column.push(result[field].as_f64().unwrap_or(f64::NAN));
            }
        }
    }
    let medians: Vec<String> = columns
        .iter_mut()
        .zip(fields)
        .map(|(column, field)| format!("{field} {}", median(column)))
        .collect();
    eprintln!(
        "{} programs; medians: {}",
        columns[0].len(),
        medians.join(", ")
    );
    let lines_after = median(&mut columns[8]);
    let lines_before = median(&mut columns[1]);
    assert!(lines_after * 5.0 <= lines_before);
}
