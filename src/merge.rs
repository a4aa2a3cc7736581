//! `ferrous-conformance merge A.json B.json … --report OUT`: the reports of the shards of one
//! run (`run --shard K/N` on N machines) put back into the report one machine would have
//! written: totals and per-folder counts added up, divergences (with their buckets, known or
//! new) and the other case lists in the single run's order, and the metadata listing the
//! shards.
//!
//! The merge works on the JSON trees rather than on typed reports, so that nothing a shard
//! recorded is lost. Parts it does not know how to combine must be equal in every shard; when
//! they are not, or the shards come from different runs (engines, profile, commit, corpus),
//! overlap, or leave a shard out, it refuses with the reason.

use crate::report::{write_atomically, SCHEMA_VERSION};
use crate::shard::{Partition, ShardInfo};
use crate::triage_error::TriageError;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, clap::Args)]
pub struct MergeArgs {
    /// The shard reports of one run, every shard exactly once, in any order.
    #[arg(required = true, num_args = 1..)]
    pub reports: Vec<PathBuf>,
    /// Where to write the merged report.
    #[arg(long)]
    pub report: PathBuf,
}

/// Metadata that differs from machine to machine and is combined rather than compared.
const PER_SHARD_METADATA: [&str; 6] = [
    "started_at",
    "duration_seconds",
    "cases_per_second",
    "jobs",
    "host",
    "shard",
];

/// Report sections that count cases and are added up.
const COUNTED_SECTIONS: [&str; 2] = ["totals", "folders"];

/// One shard's report as read from its file.
#[derive(Debug, Clone)]
pub struct ShardReport {
    file: PathBuf,
    info: ShardInfo,
    metadata: Map<String, Value>,
    /// Every other top-level section, as the file has it.
    sections: Map<String, Value>,
}

impl ShardReport {
    pub fn load(file: &Path) -> Result<ShardReport, TriageError> {
        let text = std::fs::read(file).map_err(|error| TriageError::file(file, error))?;
        let json: Value = serde_json::from_slice(&text)
            .map_err(|error| TriageError::file(file, format!("not a bench report: {error}")))?;
        ShardReport::from_json(file, json)
    }

    pub fn from_json(file: &Path, json: Value) -> Result<ShardReport, TriageError> {
        let Value::Object(mut sections) = json else {
            return Err(TriageError::file(file, "not a bench report: not an object"));
        };
        let version = sections.get("schema_version").and_then(Value::as_u64);
        if version != Some(SCHEMA_VERSION) {
            return Err(TriageError::file(
                file,
                format!("report schema version {version:?} is not supported (expected {SCHEMA_VERSION})"),
            ));
        }
        if sections.get("interrupted") == Some(&Value::Bool(true)) {
            return Err(TriageError::file(
                file,
                "the run of this shard was interrupted and holds only part of its cases: run the shard again",
            ));
        }
        let Some(Value::Object(metadata)) = sections.remove("metadata") else {
            return Err(TriageError::file(file, "not a bench report: no metadata"));
        };
        let shard = metadata.get("shard").ok_or_else(|| {
            TriageError::file(
                file,
                "not a shard report (no metadata.shard): only reports of `run --shard K/N` merge",
            )
        })?;
        let info: ShardInfo = serde_json::from_value(shard.clone())
            .map_err(|error| TriageError::file(file, format!("metadata.shard: {error}")))?;
        Ok(ShardReport {
            file: file.to_path_buf(),
            info,
            metadata,
            sections,
        })
    }

    fn label(&self) -> String {
        format!("shard {} ({})", self.info.shard(), self.file.display())
    }

    fn cases(&self) -> u64 {
        self.sections
            .get("totals")
            .and_then(|totals| totals.get("cases"))
            .and_then(Value::as_u64)
            .unwrap_or(0)
    }
}

fn refuse(reason: String) -> TriageError {
    TriageError::Refused(format!("cannot merge: {reason}"))
}

/// `merge`: reads the shard reports, merges them and writes the result. Exits like `run`
/// would have: 0 when every divergence is known, 1 on a new divergence or a crash, 2 on a
/// malformed header.
pub fn run(args: &MergeArgs) -> Result<u8, TriageError> {
    let shards = args
        .reports
        .iter()
        .map(|file| ShardReport::load(file))
        .collect::<Result<Vec<_>, _>>()?;
    let merged = merge(shards)?;
    let mut json = serde_json::to_vec_pretty(&merged)
        .map_err(|error| TriageError::file(&args.report, error))?;
    json.push(b'\n');
    if let Some(parent) = args
        .report
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|error| TriageError::file(parent, error))?;
    }
    write_atomically(&args.report, &json)
        .map_err(|error| TriageError::file(&args.report, error))?;
    let count = |name: &str| merged["totals"][name].as_u64().unwrap_or(0);
    println!(
        "merged {} shards: {} cases, {} agree, {} divergent ({} known, {} new), {} inconclusive, {} crashes, {} skipped, {} malformed headers",
        args.reports.len(),
        count("cases"),
        count("agree"),
        count("divergent"),
        count("known"),
        count("new"),
        count("inconclusive"),
        count("crashes"),
        count("skipped"),
        count("malformed_header"),
    );
    println!("report: {}", args.report.display());
    // As `run` would have exited on the whole run.
    Ok(if count("malformed_header") > 0 {
        2
    } else if count("new") > 0 || count("crashes") > 0 {
        1
    } else {
        0
    })
}

/// Merges the reports of every shard of one run into the report of the whole run.
pub fn merge(mut shards: Vec<ShardReport>) -> Result<Value, TriageError> {
    check_shard_set(&mut shards)?;
    check_same_run(&shards)?;
    check_disjoint(&shards)?;
    let first = &shards[0];
    let mut merged = Map::new();
    merged.insert("metadata".to_string(), merged_metadata(&shards));
    for key in section_names(&shards) {
        let value = if COUNTED_SECTIONS.contains(&key.as_str()) {
            added_up(&shards, &key)?
        } else if shards
            .iter()
            .any(|shard| shard.sections.get(&key).is_some_and(Value::is_array))
        {
            case_list(&shards, &key, first.info.partition)?
        } else {
            equal_everywhere(&shards, &key, |shard| shard.sections.get(&key))?
        };
        merged.insert(key, value);
    }
    let cases: u64 = shards.iter().map(ShardReport::cases).sum();
    if cases != first.info.run_cases {
        return Err(refuse(format!(
            "the shards hold {cases} cases but the run has {}: were they run on the same corpus?",
            first.info.run_cases
        )));
    }
    Ok(Value::Object(merged))
}

/// Every shard `1..=N` exactly once, all of the same `N` and partition; sorts by index.
fn check_shard_set(shards: &mut [ShardReport]) -> Result<(), TriageError> {
    let Some(first) = shards.first() else {
        return Err(refuse("no shard report given".to_string()));
    };
    let (count, partition, run_cases) =
        (first.info.count, first.info.partition, first.info.run_cases);
    for shard in shards.iter() {
        if shard.info.count != count || shard.info.partition != partition {
            return Err(refuse(format!(
                "{} and {} split the run differently ({:?} into {} and {:?} into {})",
                first.label(),
                shard.label(),
                partition,
                count,
                shard.info.partition,
                shard.info.count
            )));
        }
        if shard.info.run_cases != run_cases {
            return Err(refuse(format!(
                "{} is part of a run of {run_cases} cases, {} of one of {}",
                first.label(),
                shard.label(),
                shard.info.run_cases
            )));
        }
    }
    shards.sort_by_key(|shard| shard.info.index);
    for pair in shards.windows(2) {
        if pair[0].info.index == pair[1].info.index {
            return Err(refuse(format!(
                "{} is given twice: {} and {}",
                pair[0].info.shard(),
                pair[0].file.display(),
                pair[1].file.display()
            )));
        }
    }
    let missing: Vec<String> = (1..=count)
        .filter(|index| !shards.iter().any(|shard| shard.info.index == *index))
        .map(|index| format!("{index}/{count}"))
        .collect();
    if !missing.is_empty() {
        return Err(refuse(format!("shard {} missing", missing.join(", "))));
    }
    Ok(())
}

/// The shards ran the same thing: same engines, profile, commit, corpus, filter, tool.
fn check_same_run(shards: &[ShardReport]) -> Result<(), TriageError> {
    let mut keys: Vec<&String> = shards
        .iter()
        .flat_map(|shard| shard.metadata.keys())
        .collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        if PER_SHARD_METADATA.contains(&key.as_str()) {
            continue;
        }
        equal_everywhere(shards, &format!("metadata.{key}"), |shard| {
            shard.metadata.get(key)
        })?;
    }
    Ok(())
}

/// The value every shard has at one place, or why they differ.
fn equal_everywhere<'a>(
    shards: &'a [ShardReport],
    place: &str,
    value_of: impl Fn(&'a ShardReport) -> Option<&'a Value>,
) -> Result<Value, TriageError> {
    let first = &shards[0];
    let expected = value_of(first);
    for shard in &shards[1..] {
        let found = value_of(shard);
        if found != expected {
            let show =
                |value: Option<&Value>| value.map_or("nothing".to_string(), Value::to_string);
            return Err(refuse(format!(
                "{} and {} differ in {place}: {} vs {}",
                first.label(),
                shard.label(),
                show(expected),
                show(found)
            )));
        }
    }
    Ok(expected.cloned().unwrap_or(Value::Null))
}

/// Top-level sections in the order of the first shard, then any only later shards have.
fn section_names(shards: &[ShardReport]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for shard in shards {
        for key in shard.sections.keys() {
            if !names.contains(key) {
                names.push(key.clone());
            }
        }
    }
    names
}

/// The case ids the case lists of a shard's report name.
fn listed_ids(shard: &ShardReport) -> impl Iterator<Item = &str> {
    shard
        .sections
        .values()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(|record| record.get("id").and_then(Value::as_str))
}

/// No case is in two shards.
fn check_disjoint(shards: &[ShardReport]) -> Result<(), TriageError> {
    let mut owner: BTreeMap<&str, &ShardReport> = BTreeMap::new();
    for shard in shards {
        let mut own: Vec<&str> = listed_ids(shard).collect();
        own.sort_unstable();
        own.dedup();
        for id in own {
            if let Some(other) = owner.insert(id, shard) {
                return Err(refuse(format!(
                    "case {id} is in {} and in {}: the shards overlap",
                    other.label(),
                    shard.label()
                )));
            }
        }
    }
    Ok(())
}

/// The metadata of the whole run: the shards' common part, the earliest start, the longest
/// shard as the duration (they run side by side), every job, and the list of shards.
fn merged_metadata(shards: &[ShardReport]) -> Value {
    let mut metadata = shards[0].metadata.clone();
    metadata.remove("shard");
    let number = |shard: &ShardReport, key: &str| {
        shard
            .metadata
            .get(key)
            .and_then(Value::as_f64)
            .unwrap_or(0.0)
    };
    let started_at = shards
        .iter()
        .filter_map(|shard| shard.metadata.get("started_at").and_then(Value::as_str))
        .min()
        .unwrap_or_default()
        .to_string();
    let duration = shards
        .iter()
        .map(|shard| number(shard, "duration_seconds"))
        .fold(0.0, f64::max);
    let cases: u64 = shards.iter().map(ShardReport::cases).sum();
    let jobs: u64 = shards
        .iter()
        .filter_map(|shard| shard.metadata.get("jobs").and_then(Value::as_u64))
        .sum();
    metadata.insert("started_at".into(), Value::from(started_at));
    metadata.insert("duration_seconds".into(), Value::from(duration));
    metadata.insert(
        "cases_per_second".into(),
        Value::from(if duration > 0.0 {
            cases as f64 / duration
        } else {
            0.0
        }),
    );
    metadata.insert("jobs".into(), Value::from(jobs));
    let listing: Vec<Value> = shards
        .iter()
        .map(|shard| {
            let own = &shard.metadata;
            serde_json::json!({
                "index": shard.info.index,
                "count": shard.info.count,
                "partition": shard.info.partition,
                "file": shard.file.to_string_lossy(),
                "cases": shard.cases(),
                "started_at": own.get("started_at"),
                "duration_seconds": own.get("duration_seconds"),
                "jobs": own.get("jobs"),
                "host": own.get("host"),
            })
        })
        .collect();
    metadata.insert("shards".into(), Value::Array(listing));
    Value::Object(metadata)
}

/// A counting section (`totals`, `folders`) added up over the shards.
fn added_up(shards: &[ShardReport], section: &str) -> Result<Value, TriageError> {
    let mut sum = Value::Object(Map::new());
    for shard in shards {
        if let Some(value) = shard.sections.get(section) {
            add(&mut sum, value, section)?;
        }
    }
    Ok(sum)
}

/// Adds `value` into `sum`: numbers add, objects add key by key.
fn add(sum: &mut Value, value: &Value, place: &str) -> Result<(), TriageError> {
    match (sum, value) {
        (Value::Object(sum), Value::Object(value)) => {
            for (key, item) in value {
                let place = format!("{place}.{key}");
                match sum.get_mut(key) {
                    Some(existing) => add(existing, item, &place)?,
                    None => {
                        let mut fresh = zero_like(item, &place)?;
                        add(&mut fresh, item, &place)?;
                        sum.insert(key.clone(), fresh);
                    }
                }
            }
            Ok(())
        }
        (sum @ Value::Number(_), Value::Number(value)) => {
            *sum = match (sum.as_u64(), value.as_u64()) {
                (Some(a), Some(b)) => Value::from(a + b),
                _ => Value::from(sum.as_f64().unwrap_or(0.0) + value.as_f64().unwrap_or(0.0)),
            };
            Ok(())
        }
        _ => Err(refuse(format!(
            "{place} is not a count and cannot be added up"
        ))),
    }
}

/// The zero of a count (or of an object of counts) shaped like `value`.
fn zero_like(value: &Value, place: &str) -> Result<Value, TriageError> {
    match value {
        Value::Object(_) => Ok(Value::Object(Map::new())),
        Value::Number(_) => Ok(Value::from(0u64)),
        _ => Err(refuse(format!(
            "{place} is not a count and cannot be added up"
        ))),
    }
}

/// A list of case records from every shard, in the order a single run lists them: path order
/// for the corpus (the order cases are discovered in), shard order for program ranges.
fn case_list(
    shards: &[ShardReport],
    section: &str,
    partition: Partition,
) -> Result<Value, TriageError> {
    let mut records: Vec<Value> = Vec::new();
    for shard in shards {
        match shard.sections.get(section) {
            None => {}
            Some(Value::Array(items)) => records.extend(items.iter().cloned()),
            Some(_) => {
                return Err(refuse(format!(
                    "{section} is a list in one shard and not in {}",
                    shard.label()
                )))
            }
        }
    }
    if partition == Partition::CaseIdHash {
        let key = |record: &Value| {
            record
                .get("path")
                .or_else(|| record.get("id"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        // Stable: records of one case keep their order.
        records.sort_by_key(key);
    }
    Ok(Value::Array(records))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shard_report(index: u32, count: u32, cases: &[(&str, &str)]) -> ShardReport {
        let divergences: Vec<Value> = cases
            .iter()
            .filter(|(_, verdict)| *verdict == "diverge")
            .map(|(id, _)| json!({"id": id, "path": format!("corpus/{id}.lua"), "signature": "returns:0"}))
            .collect();
        let agree = cases
            .iter()
            .filter(|(_, verdict)| *verdict == "agree")
            .count();
        let folder = |id: &str| {
            id.split_once('/')
                .map_or(".", |(folder, _)| folder)
                .to_string()
        };
        let mut folders = Map::new();
        for (id, _) in cases {
            let entry = folders
                .entry(folder(id))
                .or_insert_with(|| json!({"cases": 0}));
            entry["cases"] = Value::from(entry["cases"].as_u64().unwrap() + 1);
        }
        let json = json!({
            "schema_version": SCHEMA_VERSION,
            "metadata": {
                "engines": [{"name": "ferrous", "version": "1"}, {"name": "reference", "version": "5.1.5"}],
                "profile": "lua51",
                "git_commit": "abc",
                "corpus": "corpus",
                "started_at": format!("2026-01-01T00:00:0{index}Z"),
                "duration_seconds": f64::from(index),
                "cases_per_second": 1.0,
                "jobs": 2,
                "host": {"hostname": format!("machine-{index}")},
                "shard": {"index": index, "count": count, "partition": "case-id-hash", "run_cases": 4},
            },
            "totals": {"cases": cases.len(), "agree": agree, "divergent": divergences.len(),
                       "diverge": {"returns": divergences.len(), "crash": 0}},
            "folders": folders,
            "divergences": divergences,
            "skipped": [],
        });
        ShardReport::from_json(Path::new(&format!("shard-{index}.json")), json).unwrap()
    }

    fn three_shards() -> Vec<ShardReport> {
        vec![
            shard_report(2, 3, &[("b/two", "diverge"), ("a/one", "agree")]),
            shard_report(1, 3, &[("a/zero", "diverge")]),
            shard_report(3, 3, &[("c/three", "agree")]),
        ]
    }

    fn refusal(shards: Vec<ShardReport>) -> String {
        merge(shards).unwrap_err().to_string()
    }

    #[test]
    fn adds_up_and_orders_like_a_single_run() {
        let merged = merge(three_shards()).unwrap();
        assert_eq!(merged["totals"]["cases"], 4);
        assert_eq!(merged["totals"]["divergent"], 2);
        assert_eq!(merged["totals"]["diverge"]["returns"], 2);
        assert_eq!(merged["folders"]["a"]["cases"], 2);
        let ids: Vec<&str> = merged["divergences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|record| record["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["a/zero", "b/two"]);
        let metadata = &merged["metadata"];
        assert!(metadata.get("shard").is_none());
        assert_eq!(metadata["started_at"], "2026-01-01T00:00:01Z");
        assert_eq!(metadata["duration_seconds"], 3.0);
        assert_eq!(metadata["jobs"], 6);
        assert_eq!(metadata["profile"], "lua51");
        let listed: Vec<u64> = metadata["shards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|shard| shard["index"].as_u64().unwrap())
            .collect();
        assert_eq!(listed, [1, 2, 3]);
        assert_eq!(metadata["shards"][1]["host"]["hostname"], "machine-2");
    }

    #[test]
    fn refuses_a_missing_or_repeated_shard() {
        let mut shards = three_shards();
        shards.pop();
        assert!(refusal(shards).contains("shard 3/3 missing"));
        let mut shards = three_shards();
        shards[2] = shard_report(2, 3, &[("c/three", "agree")]);
        assert!(refusal(shards).contains("2/3 is given twice"));
    }

    #[test]
    fn refuses_overlapping_shards() {
        let mut shards = three_shards();
        shards[2] = shard_report(3, 3, &[("a/zero", "diverge")]);
        let reason = refusal(shards);
        assert!(reason.contains("case a/zero is in shard 1/3"), "{reason}");
    }

    #[test]
    fn refuses_shards_of_different_runs() {
        for (key, value) in [
            ("profile", json!("redis")),
            ("git_commit", json!("def")),
            (
                "engines",
                json!([{"name": "reference", "version": "5.1.5"}, {"name": "reference", "version": "5.1.5"}]),
            ),
            ("corpus", json!("other")),
            ("arbiter", json!("unavailable: no redis-server")),
        ] {
            let mut shards = three_shards();
            shards[1].metadata.insert(key.to_string(), value);
            let reason = refusal(shards);
            assert!(
                reason.contains(&format!("differ in metadata.{key}")),
                "{reason}"
            );
        }
        let mut shards = three_shards();
        shards[0] = shard_report(2, 4, &[("b/two", "diverge")]);
        assert!(refusal(shards).contains("split the run differently"));
    }

    #[test]
    fn refuses_shards_that_do_not_add_up_to_the_run() {
        let mut shards = three_shards();
        shards[2] = shard_report(3, 3, &[]);
        assert!(refusal(shards).contains("hold 3 cases but the run has 4"));
    }

    #[test]
    fn refuses_a_report_that_is_not_a_shard() {
        let shard = &three_shards()[0];
        let mut json = Value::Object(shard.sections.clone());
        let mut metadata = shard.metadata.clone();
        metadata.remove("shard");
        json["metadata"] = Value::Object(metadata);
        let error = ShardReport::from_json(Path::new("whole.json"), json).unwrap_err();
        assert!(error.to_string().contains("not a shard report"), "{error}");
    }

    #[test]
    fn refuses_an_interrupted_shard() {
        let shard = &three_shards()[0];
        let mut json = Value::Object(shard.sections.clone());
        json["metadata"] = Value::Object(shard.metadata.clone());
        json["interrupted"] = Value::Bool(true);
        let error = ShardReport::from_json(Path::new("stopped.json"), json).unwrap_err();
        assert!(error.to_string().contains("was interrupted"), "{error}");
    }

    #[test]
    fn refuses_a_section_it_cannot_add_up() {
        let mut shards = three_shards();
        shards[0].sections["totals"]["note"] = json!("text");
        assert!(refusal(shards).contains("totals.note is not a count"));
    }
}
