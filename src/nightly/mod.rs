//! The nightly summary: `ferrous-conformance nightly --folder reports/nightly-DATE`.
//!
//! `just nightly` (nightly.just) runs the corpus, a generated set and the fuzz targets, each
//! writing a JSON report into the dated folder and a line into its `steps.tsv`. This command
//! then gathers those reports, groups their divergences into buckets, reduces the new buckets,
//! compares the corpus run with the committed baseline, reads the earlier nights for trends,
//! and writes `nightly.json`, `summary.md` and a self-contained `report.html`.

pub mod html;
pub mod markdown;
pub mod outcome_text;

use crate::bench::resolve_engines;
use crate::buckets::{bucket, Bucket, ReducedExample};
use crate::compare::{compare_reports, RunComparison};
use crate::engine::Engine;
use crate::reduce::command::{load_case, seconds, write_file};
use crate::reduce::oracle::Isolation;
use crate::reduce::{reduce, script_size, ReduceOptions};
use crate::saved_report::{SavedDivergence, SavedReport, SavedTotals};
use crate::triage_error::TriageError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Earlier nights shown in the trends.
const TREND_NIGHTS: usize = 30;

#[derive(Debug, Clone, clap::Args)]
pub struct NightlyArgs {
    /// The night's folder, holding the run reports (`corpus.json`, `generated.json`,
    /// `fuzz-<target>.json`) and `steps.tsv`.
    #[arg(long)]
    pub folder: PathBuf,
    /// The committed baseline report the corpus run is compared with.
    #[arg(long, default_value = "reports/baseline.json")]
    pub baseline: PathBuf,
    /// Folder holding earlier `nightly-*` folders, for trends.
    #[arg(long, default_value = "reports")]
    pub history: PathBuf,
    /// Seconds of reduction per new bucket.
    #[arg(long, default_value_t = 60.0)]
    pub reduce_seconds: f64,
    /// New buckets reduced at most (the largest first).
    #[arg(long, default_value_t = 20)]
    pub reduce_buckets: usize,
}

/// Steps that check something without leaving a run report in the folder: the Redis model
/// against redis-server, the interpreters against lua5.1, and the fuzz passes (named
/// `fuzz-<target>` and `fuzz-asan-<target>`: a finding or a target that could not run).
const STEPS_WITHOUT_RUN_REPORT: &[&str] = &["model-diff", "standalone"];
const FUZZ_STEP_PREFIX: &str = "fuzz-";

fn reports_through_its_status(step: &str) -> bool {
    STEPS_WITHOUT_RUN_REPORT.contains(&step) || step.starts_with(FUZZ_STEP_PREFIX)
}

/// One step of the night as the recipe recorded it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    pub name: String,
    /// `ok`, `failed`, `skipped` or `regression`.
    pub status: String,
    pub seconds: f64,
    pub message: String,
}

/// A run report of the night.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    pub file: String,
    pub cases: usize,
    pub agree: usize,
    pub divergent: usize,
    pub new: usize,
    pub known: usize,
    pub crashes: usize,
    pub inconclusive: usize,
    pub duration_seconds: f64,
}

/// The night's figures that trends are drawn from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Figures {
    pub date: String,
    pub cases: usize,
    pub divergent: usize,
    pub new_divergent: usize,
    pub crashes: usize,
    pub buckets: usize,
    pub new_buckets: usize,
}

/// Medians over the reductions of the night.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReductionFigures {
    pub reduced: usize,
    pub median_bytes_before: usize,
    pub median_bytes_after: usize,
    pub median_lines_before: usize,
    pub median_lines_after: usize,
    pub median_seconds: f64,
    pub total_seconds: f64,
}

/// A bucket of the night, with the sources it was seen in.
#[derive(Debug, Clone, Serialize)]
pub struct NightBucket {
    #[serde(flatten)]
    pub bucket: Bucket,
    pub sources: Vec<String>,
    /// Why it was not reduced, when it is new and was not.
    pub reduction_note: Option<String>,
}

/// Everything the night's pages show.
#[derive(Debug, Clone, Serialize)]
pub struct Night {
    pub figures: Figures,
    pub folder: String,
    pub git_commit: Option<String>,
    pub engines: String,
    pub sources: Vec<Source>,
    pub steps: Vec<Step>,
    pub buckets: Vec<NightBucket>,
    /// Every divergence of the night with the source it came from.
    pub divergences: Vec<(String, SavedDivergence)>,
    pub baseline: String,
    pub comparison: Option<RunComparison>,
    pub regressions: Vec<String>,
    pub reduction: Option<ReductionFigures>,
    /// Earlier nights, oldest first, then this one.
    pub trend: Vec<Figures>,
}

/// The part of an earlier `nightly.json` the trends need.
#[derive(Deserialize)]
struct EarlierNight {
    figures: Figures,
}

/// `steps.tsv`: `name TAB status TAB seconds TAB message` per line.
pub fn read_steps(path: &Path) -> Vec<Step> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut fields = line.splitn(4, '\t');
            let mut field = || fields.next().unwrap_or("").to_string();
            let name = field();
            let status = field();
            let seconds = field().parse().unwrap_or(0.0);
            Step {
                name,
                status,
                seconds,
                message: field(),
            }
        })
        .collect()
}

/// The run reports in the folder: `corpus.json` first, then the others by name.
fn read_sources(folder: &Path) -> Result<Vec<(Source, SavedReport)>, TriageError> {
    let listing = std::fs::read_dir(folder).map_err(|error| TriageError::file(folder, error))?;
    let mut files: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned());
            name.is_some_and(|name| name.ends_with(".json") && name != "nightly.json")
        })
        .collect();
    files.sort_by_key(|path| {
        (
            path.file_stem().is_none_or(|stem| stem != "corpus"),
            path.clone(),
        )
    });
    let mut sources = Vec::new();
    for file in files {
        let report = SavedReport::load(&file)?;
        let totals: &SavedTotals = &report.totals;
        sources.push((
            Source {
                name: file
                    .file_stem()
                    .map(|stem| stem.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                file: file
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                cases: totals.cases,
                agree: totals.agree,
                divergent: totals.divergent,
                new: totals.new,
                known: totals.known,
                crashes: totals.crashes,
                inconclusive: totals.inconclusive,
                duration_seconds: report.metadata.duration_seconds,
            },
            report,
        ));
    }
    Ok(sources)
}

/// The figures of earlier nights in `history` (folders `nightly-*` other than `current`).
fn read_trend(history: &Path, current: &Path) -> Vec<Figures> {
    let current = current.canonicalize().ok();
    let Ok(listing) = std::fs::read_dir(history) else {
        return Vec::new();
    };
    let mut nights: Vec<Figures> = listing
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with("nightly-"))
        .filter(|entry| entry.path().canonicalize().ok() != current)
        .filter_map(|entry| std::fs::read(entry.path().join("nightly.json")).ok())
        .filter_map(|bytes| serde_json::from_slice::<EarlierNight>(&bytes).ok())
        .map(|night| night.figures)
        .collect();
    nights.sort_by(|a, b| a.date.cmp(&b.date));
    let skip = nights.len().saturating_sub(TREND_NIGHTS);
    nights.split_off(skip)
}

/// The date of the night: from a folder named `nightly-YYYY-MM-DD...`, else today (UTC).
fn night_date(folder: &Path) -> String {
    let name = folder
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    match name.strip_prefix("nightly-") {
        Some(date) if !date.is_empty() => date.to_string(),
        _ => crate::report::rfc3339(std::time::SystemTime::now())[..10].to_string(),
    }
}

fn median<T: Copy + PartialOrd>(values: &mut [T]) -> Option<T> {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    values.get(values.len() / 2).copied()
}

/// Reduces the example of a new bucket; the reduced script goes to `<folder>/reduced/`.
fn reduce_bucket(
    bucket: &Bucket,
    report: &SavedReport,
    folder: &Path,
    time_limit: Duration,
    engines_named: &EngineResolver,
    isolate: bool,
) -> Result<ReducedExample, String> {
    let engines = engines_named(&report.engine_pair())?;
    let corpus = PathBuf::from(&report.metadata.corpus);
    let case = load_case(
        Path::new(&bucket.example.path),
        &corpus,
        Duration::from_secs(5),
    )
    .map_err(|error| error.to_string())?;
    let options = ReduceOptions {
        time_limit,
        target: Some(bucket.signature.clone()),
        confirmations: 3,
        isolation: if isolate {
            Isolation::child_processes(&report.engine_pair())
        } else {
            Isolation::InProcess
        },
        ..ReduceOptions::default()
    };
    let reduction = reduce(&case, &engines, &options).map_err(|error| error.to_string())?;
    let file = folder
        .join("reduced")
        .join(format!("{}.lua", bucket.signature.replace(':', "-")));
    write_file(&file, &reduction.reduced).map_err(|error| error.to_string())?;
    let before = script_size(&reduction.original);
    let after = script_size(&reduction.reduced);
    Ok(ReducedExample {
        script: String::from_utf8_lossy(&reduction.reduced).into_owned(),
        bytes_before: before.bytes,
        bytes_after: after.bytes,
        lines_before: before.lines,
        lines_after: after.lines,
        seconds: reduction.elapsed.as_secs_f64(),
        stability: reduction.stability.describe(),
    })
}

/// Finds the engines of a report by their names (`left,right`), to reduce its buckets.
pub type EngineResolver = dyn Fn(&str) -> Result<[Arc<dyn Engine>; 2], String>;

/// The engines of the bench's registry.
pub fn registry_engines(names: &str) -> Result<[Arc<dyn Engine>; 2], String> {
    resolve_engines(names).map_err(|error| error.to_string())
}

/// Gathers the night in `args.folder`, reducing new buckets on the engines `engines_named`
/// gives for each report; `isolate` runs the candidates in child processes, which only works
/// for the registry's engines.
pub fn assemble(
    args: &NightlyArgs,
    engines_named: &EngineResolver,
    isolate: bool,
) -> Result<Night, TriageError> {
    let sources = read_sources(&args.folder)?;
    if sources.is_empty() {
        return Err(TriageError::file(
            &args.folder,
            "no run report (*.json) in the folder",
        ));
    }
    let steps = read_steps(&args.folder.join("steps.tsv"));
    let divergences: Vec<(String, SavedDivergence)> = sources
        .iter()
        .flat_map(|(source, report)| {
            report
                .divergences
                .iter()
                .map(|record| (source.name.clone(), record.clone()))
        })
        .collect();
    let mut seen_in: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (source, record) in &divergences {
        let list = seen_in.entry(&record.signature).or_default();
        if !list.contains(source) {
            list.push(source.clone());
        }
    }
    let time_limit = seconds(args.reduce_seconds, "--reduce-seconds")?;
    let mut buckets = Vec::new();
    let mut reduced_count = 0;
    for found in bucket(divergences.iter().map(|(_, record)| record)) {
        let sources_of_bucket = seen_in
            .get(found.signature.as_str())
            .cloned()
            .unwrap_or_default();
        let mut night_bucket = NightBucket {
            bucket: found,
            sources: sources_of_bucket,
            reduction_note: None,
        };
        if !night_bucket.bucket.is_known() {
            if reduced_count >= args.reduce_buckets {
                night_bucket.reduction_note =
                    Some("not reduced: over the --reduce-buckets limit".to_string());
            } else {
                let report = sources
                    .iter()
                    .find(|(_, report)| {
                        report.divergences.iter().any(|record| {
                            record.id == night_bucket.bucket.example.id
                                && record.signature == night_bucket.bucket.signature
                        })
                    })
                    .map(|(_, report)| report);
                match report.map(|report| {
                    reduce_bucket(
                        &night_bucket.bucket,
                        report,
                        &args.folder,
                        time_limit,
                        engines_named,
                        isolate,
                    )
                }) {
                    Some(Ok(example)) => {
                        reduced_count += 1;
                        night_bucket.bucket.reduced = Some(example);
                    }
                    Some(Err(reason)) => {
                        night_bucket.reduction_note = Some(format!("not reduced: {reason}"))
                    }
                    None => {
                        night_bucket.reduction_note =
                            Some("not reduced: no report holds the example".to_string())
                    }
                }
            }
        }
        buckets.push(night_bucket);
    }

    let corpus_report = sources
        .iter()
        .find(|(source, _)| source.name == "corpus")
        .map(|(_, report)| report);
    let comparison = match (corpus_report, SavedReport::load(&args.baseline)) {
        (Some(report), Ok(baseline)) => Some(compare_reports(&baseline, report)),
        _ => None,
    };
    let mut regressions = comparison
        .as_ref()
        .map(RunComparison::regressions)
        .unwrap_or_default();
    if comparison.is_none() {
        regressions.push(format!(
            "no comparison: {} or the corpus report is missing",
            args.baseline.display()
        ));
    }
    // Checks whose reports are not run reports: their step's status says it.
    for step in &steps {
        if reports_through_its_status(&step.name)
            && !matches!(step.status.as_str(), "ok" | "skipped")
        {
            regressions.push(format!("{}: {} ({})", step.name, step.status, step.message));
        }
    }
    for (source, report) in &sources {
        if source.name != "corpus" && (report.totals.new > 0 || report.totals.crashes > 0) {
            regressions.push(format!(
                "{}: {} new divergences, {} crashes",
                source.name, report.totals.new, report.totals.crashes
            ));
        }
    }

    let reductions: Vec<&ReducedExample> = buckets
        .iter()
        .filter_map(|night_bucket| night_bucket.bucket.reduced.as_ref())
        .collect();
    let reduction = (!reductions.is_empty()).then(|| {
        let pick = |field: fn(&ReducedExample) -> usize| {
            median(
                &mut reductions
                    .iter()
                    .map(|example| field(example))
                    .collect::<Vec<_>>(),
            )
            .unwrap_or(0)
        };
        let mut times: Vec<f64> = reductions.iter().map(|example| example.seconds).collect();
        ReductionFigures {
            reduced: reductions.len(),
            median_bytes_before: pick(|example| example.bytes_before),
            median_bytes_after: pick(|example| example.bytes_after),
            median_lines_before: pick(|example| example.lines_before),
            median_lines_after: pick(|example| example.lines_after),
            total_seconds: times.iter().sum(),
            median_seconds: median(&mut times).unwrap_or(0.0),
        }
    });

    let figures = Figures {
        date: night_date(&args.folder),
        cases: sources.iter().map(|(source, _)| source.cases).sum(),
        divergent: sources.iter().map(|(source, _)| source.divergent).sum(),
        new_divergent: sources.iter().map(|(source, _)| source.new).sum(),
        crashes: sources.iter().map(|(source, _)| source.crashes).sum(),
        buckets: buckets.len(),
        new_buckets: buckets
            .iter()
            .filter(|night_bucket| night_bucket.bucket.is_regression())
            .count(),
    };
    let mut trend = read_trend(&args.history, &args.folder);
    trend.push(figures.clone());
    let first_report = &sources[0].1;
    Ok(Night {
        figures,
        folder: args.folder.to_string_lossy().into_owned(),
        git_commit: first_report.metadata.git_commit.clone(),
        engines: first_report.engine_pair(),
        sources: sources.into_iter().map(|(source, _)| source).collect(),
        steps,
        buckets,
        divergences,
        baseline: args.baseline.to_string_lossy().into_owned(),
        comparison,
        regressions,
        reduction,
        trend,
    })
}

/// Summarises the night in `args.folder`; exits 1 when it regressed.
pub fn run(args: &NightlyArgs) -> Result<u8, TriageError> {
    let night = assemble(args, &registry_engines, true)?;
    write_night(&args.folder, &night)?;
    print!("{}", markdown::render(&night));
    println!(
        "\nwritten: {0}/nightly.json, {0}/summary.md, {0}/report.html",
        args.folder.display()
    );
    Ok(if night.regressions.is_empty() { 0 } else { 1 })
}

/// Writes `nightly.json`, `summary.md` and `report.html` into `folder`.
pub fn write_night(folder: &Path, night: &Night) -> Result<(), TriageError> {
    let json =
        serde_json::to_vec_pretty(night).map_err(|error| TriageError::file(folder, error))?;
    write_file(&folder.join("nightly.json"), &json)?;
    write_file(
        &folder.join("summary.md"),
        markdown::render(night).as_bytes(),
    )?;
    write_file(&folder.join("report.html"), html::render(night).as_bytes())
}
