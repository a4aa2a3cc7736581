//! The calls of a sweep, grouped into the batches that become cases.
//!
//! Systematic: for every function, every parameter position (plus one past the last, for an
//! extra argument) receives every edge value of its kind while the other positions hold their
//! baselines; then every pair of positions receives every pair of [`values::PAIRWISE`] values.
//! Random: tuples drawn from the same values, for fuzzing.

use super::catalogue::{Function, Isolation, Kind};
use super::values::{self, EdgeValue};
use crate::generate::choices::Choices;

/// One library call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub function: &'static Function,
    /// Lua expressions of the arguments, in order.
    pub args: Vec<&'static str>,
    /// Names the call in the output: the function and the value ids of its arguments.
    pub label: String,
}

/// Calls that run in one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// Unique within a sweep; the case id is `sweep/<id>`.
    pub id: String,
    pub calls: Vec<Call>,
}

/// What a systematic sweep covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub functions: usize,
    /// Parameter positions, counting the extra one past each function's last parameter.
    pub positions: usize,
    /// (function, position, value) triples of the single-position sweep.
    pub position_values: usize,
    /// Distinct edge values used.
    pub distinct_values: usize,
    pub pairwise_calls: usize,
    pub calls: usize,
    pub batches: usize,
}

impl Coverage {
    pub fn render(&self) -> String {
        format!(
            "sweep coverage: {} functions, {} parameter positions (with one extra argument each), \
             {} distinct edge values, {} function x position x value combinations, \
             {} pairwise calls, {} calls in {} cases\n",
            self.functions,
            self.positions,
            self.distinct_values,
            self.position_values,
            self.pairwise_calls,
            self.calls,
            self.batches
        )
    }
}

/// The arguments of `function` with `value` at `position` and the baselines elsewhere; a
/// missing value cuts the list there.
fn with_value(function: &Function, position: usize, value: &EdgeValue) -> Vec<&'static str> {
    let mut args: Vec<&'static str> = function.params.iter().map(|param| param.baseline).collect();
    match value.lua {
        None => args.truncate(position),
        Some(lua) if position < args.len() => args[position] = lua,
        Some(lua) => args.push(lua),
    }
    args
}

fn label(function: &Function, ids: &[&str]) -> String {
    format!("{}({})", function.name, ids.join(", "))
}

/// The value ids of the baseline call, with `id` at `position`.
fn ids_with(function: &Function, position: usize, id: &'static str) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = vec!["base"; function.params.len()];
    if id == values::MISSING.id {
        ids.truncate(position);
        ids.push("missing");
    } else if position < ids.len() {
        ids[position] = id;
    } else {
        ids.push(id);
    }
    ids
}

/// The kind of the value at `position` (the extra position takes anything).
fn kind_at(function: &Function, position: usize) -> Kind {
    function
        .params
        .get(position)
        .map_or(Kind::Any, |param| param.kind)
}

/// Splits `calls` into batches named `prefix`: one batch, or one per call for functions that
/// must run alone.
fn batches_of(function: &Function, prefix: String, calls: Vec<Call>, out: &mut Vec<Batch>) {
    match function.isolation {
        Isolation::Batched => out.push(Batch { id: prefix, calls }),
        Isolation::PerCall => {
            out.extend(calls.into_iter().enumerate().map(|(index, call)| Batch {
                id: format!("{prefix}-{index}"),
                calls: vec![call],
            }))
        }
    }
}

/// The systematic sweep of `functions`, and what it covers.
pub fn systematic(functions: &[&'static Function]) -> (Vec<Batch>, Coverage) {
    let mut batches = Vec::new();
    let mut coverage = Coverage {
        functions: functions.len(),
        ..Coverage::default()
    };
    let mut distinct = std::collections::HashSet::new();
    for &function in functions {
        let arity = function.params.len();
        for position in 0..=arity {
            coverage.positions += 1;
            let calls: Vec<Call> = values::values_for(kind_at(function, position))
                .filter(|value| !function.beyond_reference(position, value.id))
                .map(|value| {
                    distinct.insert(value.id);
                    Call {
                        function,
                        args: with_value(function, position, value),
                        label: label(function, &ids_with(function, position, value.id)),
                    }
                })
                .collect();
            coverage.position_values += calls.len();
            coverage.calls += calls.len();
            batches_of(
                function,
                format!("{}/arg{}", function.name, position + 1),
                calls,
                &mut batches,
            );
        }
        for first in 0..arity {
            for second in first + 1..arity {
                let mut calls = Vec::new();
                for first_id in values::PAIRWISE {
                    for second_id in values::PAIRWISE {
                        let (Some(a), Some(b)) =
                            (values::universal(first_id), values::universal(second_id))
                        else {
                            continue;
                        };
                        if function.beyond_reference(first, a.id)
                            || function.beyond_reference(second, b.id)
                        {
                            continue;
                        }
                        let mut args = with_value(function, first, a);
                        let mut ids = ids_with(function, first, a.id);
                        if let Some(lua) = b.lua {
                            args[second] = lua;
                            ids[second] = b.id;
                        }
                        calls.push(Call {
                            function,
                            args,
                            label: label(function, &ids),
                        });
                    }
                }
                coverage.pairwise_calls += calls.len();
                coverage.calls += calls.len();
                batches_of(
                    function,
                    format!("{}/arg{}x{}", function.name, first + 1, second + 1),
                    calls,
                    &mut batches,
                );
            }
        }
    }
    coverage.distinct_values = distinct.len();
    coverage.batches = batches.len();
    (batches, coverage)
}

/// Most calls a random batch holds.
pub const MAX_RANDOM_CALLS: u32 = 16;

/// A batch of random calls of `functions` drawn from `choices`: each argument is the
/// parameter's baseline or one of its kind's edge values, and a missing value ends the list.
/// Functions that must run alone make a batch of one call.
pub fn random_batch(
    id: String,
    functions: &[&'static Function],
    choices: &mut dyn Choices,
) -> Batch {
    let count = 1 + choices.below(MAX_RANDOM_CALLS);
    let mut calls = Vec::new();
    for _ in 0..count {
        let Some(&function) = functions.get(choices.below(functions.len().max(1) as u32) as usize)
        else {
            break;
        };
        let arity = function.params.len();
        let wanted = choices.below(arity as u32 + 2) as usize;
        let mut args = Vec::new();
        let mut ids = Vec::new();
        for position in 0..wanted {
            let kind = kind_at(function, position);
            let candidates: Vec<&EdgeValue> = values::values_for(kind)
                .filter(|value| !function.beyond_reference(position, value.id))
                .collect();
            let baseline = function.params.get(position).map(|param| param.baseline);
            // Index 0 stands for the baseline (or, past the parameters, the first value).
            let pick = choices.below(candidates.len() as u32 + 1) as usize;
            let (id, lua) = match (pick, baseline) {
                (0, Some(lua)) => ("base", Some(lua)),
                (0, None) => (candidates[1].id, candidates[1].lua),
                (index, _) => (candidates[index - 1].id, candidates[index - 1].lua),
            };
            ids.push(id);
            match lua {
                Some(lua) => args.push(lua),
                None => break,
            }
        }
        calls.push(Call {
            function,
            args,
            label: label(function, &ids),
        });
        if function.isolation == Isolation::PerCall {
            break;
        }
    }
    if calls.len() > 1 {
        calls.retain(|call| call.function.isolation == Isolation::Batched);
    }
    Batch { id, calls }
}

#[cfg(test)]
mod tests {
    use super::super::catalogue::{selected, CATALOGUE};
    use super::*;
    use crate::generate::choices::SeededChoices;

    #[test]
    fn every_position_gets_every_value_of_its_kind() {
        let functions = selected(Some("string.rep"));
        let (batches, coverage) = systematic(&functions);
        let universal = values::UNIVERSAL.len();
        let ints = values::extras(Kind::Int).len();
        // Three positions (two parameters and the extra one) and one pair.
        assert_eq!(coverage.positions, 3);
        assert_eq!(
            coverage.position_values,
            (universal + values::extras(Kind::Str).len()) + (universal + ints) + universal
        );
        assert_eq!(coverage.pairwise_calls, values::PAIRWISE.len().pow(2));
        // `string.rep` runs one call per case.
        assert_eq!(batches.len(), coverage.calls);
        let missing_first = batches
            .iter()
            .flat_map(|batch| &batch.calls)
            .find(|call| call.label == "string.rep(missing)")
            .expect("a call without arguments");
        assert!(missing_first.args.is_empty());
        let nan_count = batches
            .iter()
            .flat_map(|batch| &batch.calls)
            .find(|call| call.label == "string.rep(base, nan)")
            .expect("NaN as the count");
        assert_eq!(nan_count.args, vec!["\"abc\"", "0/0"]);
        let extra = batches
            .iter()
            .flat_map(|batch| &batch.calls)
            .find(|call| call.label == "string.rep(base, base, {})")
            .expect("an extra argument");
        assert_eq!(extra.args.len(), 3);
    }

    #[test]
    fn batched_functions_share_a_case_per_position() {
        let functions = selected(Some("math.fmod"));
        let (batches, coverage) = systematic(&functions);
        // Three positions and one pair.
        assert_eq!(batches.len(), 4);
        assert_eq!(
            coverage.calls,
            batches.iter().map(|b| b.calls.len()).sum::<usize>()
        );
        assert!(batches.iter().any(|batch| batch.id == "math.fmod/arg1x2"));
    }

    #[test]
    fn random_batches_are_reproducible_and_keep_lone_functions_alone() {
        let functions: Vec<&Function> = CATALOGUE.iter().collect();
        for seed in 0..200 {
            let a = random_batch("r".into(), &functions, &mut SeededChoices::new(seed));
            let b = random_batch("r".into(), &functions, &mut SeededChoices::new(seed));
            assert_eq!(a, b);
            assert!(!a.calls.is_empty());
            if a.calls.len() > 1 {
                assert!(a
                    .calls
                    .iter()
                    .all(|call| call.function.isolation == Isolation::Batched));
            }
        }
    }
}
