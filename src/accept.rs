//! `ferrous-conformance accept CASE --reason TEXT`: record a divergence as known.
//!
//! The case is reduced first (unless `--no-reduce`), the minimal script is written to
//! `<corpus>/regressions/<name>.lua` with comments saying what it shows and why it is accepted,
//! and its signature goes into the known-divergence list with the reason. The new regression
//! case is run once more from its corpus location to check that it shows the same signature.
//! Crashes and flaky divergences are refused: the list only holds reproducible, non-crashing
//! differences.

use crate::bench::resolve_engines;
use crate::corpus::{load, Entry, LoadOptions};
use crate::diff::{compare, Comparison};
use crate::engine::{Case, Engine, Limits};
use crate::known::KnownDivergences;
use crate::reduce::command::{load_case, seconds, write_file};
use crate::reduce::oracle::{examine, Finding, Isolation};
use crate::reduce::{reduce, split_header, ReduceOptions, Stability};
use crate::report::rfc3339;
use crate::runner::{run_both_guarded, run_guarded};
use crate::triage_error::TriageError;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// The corpus folder regression cases go to.
pub const REGRESSIONS: &str = "regressions";

#[derive(Debug, Clone, clap::Args)]
pub struct AcceptArgs {
    /// The divergent case: a `.lua` file, a case id (`tables/sort`, under --corpus) or a
    /// generated program (`generated/gen-42`, `42`).
    pub case: PathBuf,
    /// Why the divergence is accepted (recorded in the known list and in the script).
    #[arg(long)]
    pub reason: String,
    /// Corpus root: the regression case is written below it.
    #[arg(long, default_value = "corpus")]
    pub corpus: PathBuf,
    /// The two engines, left first, as in the run that found the divergence.
    #[arg(long, default_value = "ferrous,reference")]
    pub engines: String,
    /// Known-divergence list [default: <corpus>/known-divergences.json].
    #[arg(long)]
    pub known: Option<PathBuf>,
    /// File name (without `.lua`) of the regression case [default: from the case id].
    #[arg(long)]
    pub name: Option<String>,
    /// Record the script as it is instead of reducing it.
    #[arg(long)]
    pub no_reduce: bool,
    /// Accept the signature only for the regression case and the original case, not for every
    /// case that shows it.
    #[arg(long)]
    pub only_these_cases: bool,
    /// Seconds for the reduction.
    #[arg(long, default_value_t = 300.0)]
    pub time_limit: f64,
    /// Seconds after which one engine run is abandoned.
    #[arg(long, default_value_t = 5.0)]
    pub wall_clock: f64,
}

/// What `accept` recorded.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub signature: String,
    pub regression_id: String,
    pub regression_path: PathBuf,
    /// Whether the known list got a new entry (rather than new case ids on an existing one).
    pub new_entry: bool,
}

/// A name for a regression case made from a case id: its path parts joined by `_`.
fn name_from_id(id: &str) -> String {
    id.trim_start_matches(&format!("{REGRESSIONS}/"))
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The script of the regression case: header directives, comments, then the script.
fn regression_script(
    header: &[u8],
    body: &[u8],
    comments: &[String],
    uncaught_error: bool,
) -> Vec<u8> {
    let mut script = header.to_vec();
    for comment in comments {
        for line in comment.lines() {
            script.extend_from_slice(format!("-- {line}\n").as_bytes());
        }
    }
    if uncaught_error {
        script.extend_from_slice(b"-- expect: uncaught error\n");
    }
    script.extend_from_slice(body);
    if !script.ends_with(b"\n") {
        script.push(b'\n');
    }
    script
}

/// The known list as written: the fields of `known.rs`'s entries in their usual order.
#[derive(serde::Serialize, serde::Deserialize)]
struct ListFile {
    schema_version: u64,
    divergences: Vec<ListEntry>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct ListEntry {
    signature: String,
    reason: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cases: Vec<String>,
}

/// Adds `signature` to the known list at `path` (keeping every other entry as it is); returns
/// whether a new entry was made.
fn record_known(
    path: &Path,
    signature: &str,
    reason: &str,
    cases: &[String],
) -> Result<bool, TriageError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            r#"{ "schema_version": 1, "divergences": [] }"#.to_string()
        }
        Err(error) => return Err(TriageError::file(path, error)),
    };
    // The bench's own reader first: it refuses what the bench would refuse.
    KnownDivergences::parse(&text).map_err(|reason| TriageError::file(path, reason))?;
    let mut list: ListFile =
        serde_json::from_str(&text).map_err(|error| TriageError::file(path, error))?;
    let new_entry = match list
        .divergences
        .iter_mut()
        .find(|entry| entry.signature == signature)
    {
        // An entry without cases already covers every case with the signature.
        Some(entry) if entry.cases.is_empty() => false,
        Some(entry) => {
            for case in cases {
                if !entry.cases.contains(case) {
                    entry.cases.push(case.clone());
                }
            }
            false
        }
        None => {
            list.divergences.push(ListEntry {
                signature: signature.to_string(),
                reason: reason.to_string(),
                cases: cases.to_vec(),
            });
            true
        }
    };
    let mut written =
        serde_json::to_string_pretty(&list).map_err(|error| TriageError::file(path, error))?;
    written.push('\n');
    KnownDivergences::parse(&written).map_err(|reason| TriageError::file(path, reason))?;
    write_file(path, written.as_bytes())?;
    Ok(new_entry)
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Whether `path` lies below `root`.
fn is_below(path: &Path, root: &Path) -> bool {
    match (path.canonicalize(), root.canonicalize()) {
        (Ok(path), Ok(root)) => path.starts_with(root),
        _ => false,
    }
}

/// Accepts the divergence the case in `args` shows on `engines` (left first).
pub fn accept(
    args: &AcceptArgs,
    engines: &[Arc<dyn Engine>; 2],
    isolation: Isolation,
) -> Result<Accepted, TriageError> {
    let wall_clock = seconds(args.wall_clock, "--wall-clock")?;
    let case = load_case(&args.case, &args.corpus, wall_clock)?;
    if args.reason.trim().is_empty() {
        return Err(TriageError::Refused("--reason must say why".to_string()));
    }

    let (signature, detail, header, body, note) = if args.no_reduce {
        match examine(&case, engines, &case.source) {
            Finding::Diverges { signature, detail } => {
                let (header, body) = split_header(&case.source);
                (
                    signature,
                    detail,
                    header,
                    body,
                    "recorded as found (not reduced)".to_string(),
                )
            }
            Finding::Agrees => {
                return Err(TriageError::Refused(
                    "the engines agree on this case: nothing to accept".to_string(),
                ))
            }
            Finding::EngineWedged { reason } => {
                return Err(TriageError::Refused(format!(
                    "an engine is unusable: {reason}"
                )))
            }
            Finding::Inconclusive => {
                return Err(TriageError::Refused(
                    "the result is inconclusive: nothing to accept".to_string(),
                ))
            }
        }
    } else {
        let options = ReduceOptions {
            time_limit: seconds(args.time_limit, "--time-limit")?,
            candidate_wall_clock: wall_clock,
            isolation,
            ..ReduceOptions::default()
        };
        let reduction = reduce(&case, engines, &options)?;
        if reduction.stability != Stability::Deterministic {
            return Err(TriageError::Refused(format!(
                "the reduced divergence is {}: make it reproducible before accepting it",
                reduction.stability.describe()
            )));
        }
        let body = reduction.reduced[reduction.header.len()..].to_vec();
        let note = format!(
            "reduced from {} ({} bytes) to {} bytes",
            case.id,
            reduction.original.len(),
            reduction.reduced.len()
        );
        (
            reduction.signature,
            reduction.detail,
            reduction.header,
            body,
            note,
        )
    };
    if signature.starts_with("crash:") {
        return Err(TriageError::Refused(
            "crashes are never accepted: fix the engine".to_string(),
        ));
    }

    let name = args.name.clone().unwrap_or_else(|| name_from_id(&case.id));
    if name.is_empty() || name.contains('/') || name.contains('\\') {
        return Err(TriageError::Refused(format!(
            "--name {name:?} is not a file name"
        )));
    }
    let relative = format!("{REGRESSIONS}/{name}.lua");
    let regression_path = args.corpus.join(&relative);
    let regression_id = format!("{REGRESSIONS}/{name}");
    if regression_path.exists() && !same_file(&args.case, &regression_path) {
        return Err(TriageError::file(
            &regression_path,
            "already exists: choose another --name",
        ));
    }

    let comments = vec![
        format!("Known divergence {signature}: {}", args.reason.trim()),
        format!(
            "Found in {}; {note}; accepted {}.",
            case.id,
            rfc3339(SystemTime::now())
        ),
        format!("First difference: {detail}"),
    ];
    // The regression case as the corpus will run it: chunk name below the corpus root.
    let as_corpus_case = |script: Vec<u8>| Case {
        id: regression_id.clone(),
        path: regression_path.clone(),
        chunk_name: format!("@{relative}"),
        source: script,
        ..case.clone()
    };
    let draft = as_corpus_case(regression_script(&header, &body, &comments, false));
    let right = run_guarded(&engines[1], &Arc::new(draft));
    let uncaught_error = right.status.error_kind().is_some();
    let script = regression_script(&header, &body, &comments, uncaught_error);
    write_file(&regression_path, &script)?;

    // Check the written file as a corpus case, header and all.
    let options = LoadOptions {
        profile: case.profile,
        limits: Limits {
            wall_clock,
            ..Limits::default()
        },
    };
    let Entry::Runnable(written) = load(&args.corpus, &relative, &options) else {
        return Err(TriageError::file(
            &regression_path,
            "the written case cannot be loaded",
        ));
    };
    let shared = Arc::new(written);
    let (left, right) = run_both_guarded(engines, &shared);
    let written_signature = match compare(&left, &right) {
        Comparison::Diverge(divergence) => divergence.signature,
        _ => {
            return Err(TriageError::file(
                &regression_path,
                "the written case no longer diverges (left in place for a look)",
            ))
        }
    };

    let known_path = args
        .known
        .clone()
        .unwrap_or_else(|| args.corpus.join("known-divergences.json"));
    let mut cases = Vec::new();
    if args.only_these_cases {
        cases.push(regression_id.clone());
        if is_below(&args.case, &args.corpus) && case.id != regression_id {
            cases.push(case.id.clone());
        }
    }
    let new_entry = record_known(&known_path, &signature, args.reason.trim(), &cases)?;
    if written_signature != signature {
        // The regression case shows the bug under another signature (its chunk name changed
        // something unmasked): accept that one for the regression case alone.
        record_known(
            &known_path,
            &written_signature,
            args.reason.trim(),
            std::slice::from_ref(&regression_id),
        )?;
    }
    Ok(Accepted {
        signature,
        regression_id,
        regression_path,
        new_entry,
    })
}

pub fn run(args: &AcceptArgs) -> Result<u8, TriageError> {
    let args = &AcceptArgs {
        case: crate::case_argument::resolve_case(&args.case, &args.corpus)?,
        ..args.clone()
    };
    let accepted = accept(
        args,
        &resolve_engines(&args.engines)?,
        Isolation::child_processes(&args.engines),
    )?;
    println!(
        "accepted {}: {} the known list; regression case {} ({})",
        accepted.signature,
        if accepted.new_entry {
            "added to"
        } else {
            "already in"
        },
        accepted.regression_id,
        accepted.regression_path.display()
    );
    println!("next: `just conformance` lists it as known; `ferrous-conformance compare reports/baseline.json reports/conformance.json` shows it as a known bucket");
    Ok(0)
}
