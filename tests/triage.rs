//! Triage: the reducer, buckets, compare, accept and the nightly report.

use ferrous_conformance::corpus::{discover, load, Entry, LoadOptions};
use ferrous_conformance::engine::{Case, Engine, Limits, Profile};
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::reduce::parser::parse;
use ferrous_conformance::reduce::printer::print_chunk;
use std::path::Path;

const SHIPPED_CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");

#[test]
fn printing_a_tree_gives_back_the_same_tree_for_the_whole_corpus() {
    let root = Path::new(SHIPPED_CORPUS);
    let mut parsed = 0;
    let mut refused = Vec::new();
    for relative in discover(root).expect("corpus") {
        let source = std::fs::read(root.join(&relative)).expect("case");
        match parse(&source) {
            Ok(tree) => {
                let printed = print_chunk(&tree);
                let again = parse(&printed).unwrap_or_else(|error| {
                    panic!(
                        "{relative}: printed text does not parse: {error:?}\n{}",
                        String::from_utf8_lossy(&printed)
                    )
                });
                assert!(again == tree, "{relative}: the printed tree differs");
                parsed += 1;
            }
            Err(error) => refused.push(format!("{relative}: {error:?}")),
        }
    }
    eprintln!("{parsed} parsed; refused: {refused:#?}");
}

/// Outcome text with every run of digits replaced, so that line numbers do not count.
fn without_numbers(outcome: &ferrous_conformance::outcome::Outcome) -> String {
    let text = ferrous_conformance::show::outcome_lines(outcome).join("\n");
    let mut masked = String::new();
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                masked.push('#');
            }
            in_digits = true;
        } else {
            masked.push(c);
            in_digits = false;
        }
    }
    masked
}

#[test]
fn printed_corpus_scripts_behave_like_the_originals_but_for_line_numbers() {
    let root = Path::new(SHIPPED_CORPUS);
    let options = LoadOptions {
        profile: Profile::Lua51,
        limits: Limits::default(),
    };
    let mut compared = 0;
    for relative in discover(root).expect("corpus") {
        let Entry::Runnable(case) = load(root, &relative, &options) else {
            continue;
        };
        let Ok(tree) = parse(&case.source) else {
            continue;
        };
        let printed = Case {
            source: print_chunk(&tree),
            ..case.clone()
        };
        let before = ReferenceEngine.run(&case);
        let after = ReferenceEngine.run(&printed);
        assert_eq!(
            without_numbers(&before),
            without_numbers(&after),
            "{relative} behaves differently once printed"
        );
        compared += 1;
    }
    assert!(compared > 250, "only {compared} cases compared");
}

// ---------------------------------------------------------------------------------------------
// Engines with divergences made on purpose.

use ferrous_conformance::engines::ferrous::FerrousEngine;
use ferrous_conformance::outcome::Outcome;
use ferrous_conformance::reduce::{reduce, script_size, ReduceError, ReduceOptions, Stability};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Reference Lua that prints one more line whenever the source contains one of its needles
/// (a different line per needle): a fake bug that only a few statements trigger.
struct NeedleEngine {
    needles: Vec<&'static str>,
}

impl Engine for NeedleEngine {
    fn name(&self) -> &str {
        "needle"
    }

    fn version(&self) -> String {
        "reference with source-triggered extra output".to_string()
    }

    fn run(&self, case: &Case) -> Outcome {
        let mut outcome = ReferenceEngine.run(case);
        for needle in &self.needles {
            let text = String::from_utf8_lossy(&case.source);
            if text.contains(needle) {
                outcome
                    .output
                    .0
                    .extend_from_slice(format!("saw {needle}\n").as_bytes());
            }
        }
        outcome
    }
}

/// The Ferrous VM set up differently on purpose: `prelude` runs first, on the script's first
/// line (so line numbers stay), and changes the library the script sees.
struct PreludeEngine {
    prelude: &'static str,
}

impl Engine for PreludeEngine {
    fn name(&self) -> &str {
        "ferrous-prelude"
    }

    fn version(&self) -> String {
        format!("ferrous with prelude {:?}", self.prelude)
    }

    fn run(&self, case: &Case) -> Outcome {
        let mut source = self.prelude.as_bytes().to_vec();
        source.push(b' ');
        source.extend_from_slice(&case.source);
        FerrousEngine.run(&Case {
            source,
            ..case.clone()
        })
    }
}

/// A print of zero that comes out as `-0`: a formatting bug many programs run into.
const NEGATIVE_ZERO_PRELUDE: &str =
    "do local plain = tostring; tostring = function(v) if v == 0 then return '-0' end return plain(v) end end";

/// Reference Lua that adds an output line on every fourth run: a flaky engine.
struct FlakyEngine {
    runs: AtomicUsize,
}

impl Engine for FlakyEngine {
    fn name(&self) -> &str {
        "flaky"
    }

    fn version(&self) -> String {
        "reference that misbehaves now and then".to_string()
    }

    fn run(&self, case: &Case) -> Outcome {
        let mut outcome = ReferenceEngine.run(case);
        if self.runs.fetch_add(1, Ordering::SeqCst) % 4 != 3 {
            outcome.output.0.extend_from_slice(b"flaky\n");
        }
        outcome
    }
}

fn engines(left: impl Engine + 'static) -> [Arc<dyn Engine>; 2] {
    [Arc::new(left), Arc::new(ReferenceEngine)]
}

fn quick_options() -> ReduceOptions {
    ReduceOptions {
        jobs: 2,
        time_limit: Duration::from_secs(120),
        candidate_wall_clock: Duration::from_secs(5),
        confirmations: 3,
        target: None,
    }
}

const TWO_BUGS: &str = r#"-- @budget: 1000000
-- Two fake bugs: 'string.rep' and 'string.upper' each add a different output line.
local words = {}
for i = 1, 5 do
  words[#words + 1] = string.rep("ab", i)
end
local function shout(list)
  local out = {}
  for index, word in ipairs(list) do
    if index % 2 == 0 then
      out[index] = string.upper(word)
    else
      out[index] = word .. "!"
    end
  end
  return out
end
local loud = shout(words)
print(table.concat(loud, ","))
print(#loud, loud[1], loud[2])
return #words
"#;

#[test]
fn the_reducer_keeps_the_signature_and_does_not_slide_onto_another_bug() {
    let case = Case::from_source("fake/two_bugs", TWO_BUGS.as_bytes());
    let pair = engines(NeedleEngine {
        needles: vec!["string.rep", "string.upper"],
    });
    let reduction = reduce(&case, &pair, &quick_options()).expect("reduces");
    let reduced = String::from_utf8_lossy(&reduction.reduced).into_owned();
    assert!(reduced.contains("string.rep"), "{reduced}");
    assert!(!reduced.contains("string.upper"), "{reduced}");
    assert!(
        reduced.starts_with("-- @budget: 1000000\n"),
        "header kept: {reduced}"
    );
    let body_lines = script_size(&reduction.reduced).lines - 1;
    assert_eq!(body_lines, 1, "{reduced}");
    assert_eq!(reduction.stability, Stability::Deterministic);
    assert!(reduction.syntax_aware);
    assert!(reduction.runs > 0);

    // Aiming at the other bug: the signature it shows on its own is refused up front.
    let mut options = quick_options();
    options.target = Some("output:000000000000".to_string());
    assert!(matches!(
        reduce(&case, &pair, &options),
        Err(ReduceError::OtherSignature { .. })
    ));
}

#[test]
fn scripts_that_do_not_parse_shrink_by_lines_and_tokens() {
    let source =
        "local a = 1\nlocal b = string.rep('x', 3)\nlocal c = = 2\nprint(a, b)\nreturn a\n";
    let case = Case::from_source("fake/broken", source.as_bytes());
    let pair = engines(NeedleEngine {
        needles: vec!["string.rep"],
    });
    let reduction = reduce(&case, &pair, &quick_options()).expect("reduces");
    let reduced = String::from_utf8_lossy(&reduction.reduced).into_owned();
    assert!(reduced.contains("string.rep"), "{reduced}");
    assert_eq!(script_size(&reduction.reduced).lines, 1, "{reduced}");
    assert!(reduction
        .passes
        .iter()
        .any(|record| record.pass == "lines" && record.accepted > 0));
}

#[test]
fn agreeing_cases_are_refused_and_flaky_ones_are_marked() {
    let case = Case::from_source("fake/plain", b"print(1)\nreturn 2\n");
    let refused = reduce(&case, &engines(FerrousEngine), &quick_options());
    assert!(
        matches!(refused, Err(ReduceError::NotDivergent { .. })),
        "{refused:?}"
    );

    let mut options = quick_options();
    options.jobs = 1;
    options.confirmations = 8;
    let flaky = engines(FlakyEngine {
        runs: AtomicUsize::new(0),
    });
    let reduction = reduce(&case, &flaky, &options).expect("reduces");
    assert!(
        matches!(reduction.stability, Stability::Flaky { runs: 8, reproduced } if reproduced < 8),
        "{:?}",
        reduction.stability
    );
}

#[test]
fn a_real_vm_divergence_reduces_to_a_few_lines() {
    // The Ferrous VM with a prelude that prints 0 as -0, against the reference.
    let root = Path::new(SHIPPED_CORPUS);
    let options = LoadOptions {
        profile: Profile::Lua51,
        limits: Limits::default(),
    };
    let Entry::Runnable(case) = load(root, "programs/n_queens.lua", &options) else {
        panic!("case");
    };
    let pair = engines(PreludeEngine {
        prelude: NEGATIVE_ZERO_PRELUDE,
    });
    let reduction = reduce(&case, &pair, &quick_options()).expect("reduces");
    let after = script_size(&reduction.reduced);
    assert!(
        after.lines <= 3,
        "{}\n{}",
        String::from_utf8_lossy(&reduction.reduced),
        reduction.detail
    );
    assert_eq!(reduction.stability, Stability::Deterministic);
    assert!(reduction.signature.starts_with("output:"));
}
