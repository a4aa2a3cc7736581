//! The night as a Markdown summary (`summary.md`), for CI logs and chat.

use super::Night;
use std::fmt::Write;

/// Buckets listed by name; the HTML page has all of them.
const LISTED_BUCKETS: usize = 50;

/// Keeps table cells on one line.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn render(night: &Night) -> String {
    let figures = &night.figures;
    let mut text = String::new();
    let _ = writeln!(text, "# Nightly conformance report, {}\n", figures.date);
    let _ = writeln!(
        text,
        "**{}** — {} cases, {} divergent ({} new), {} crashes, {} buckets ({} new). Engines: {}. Commit: {}.\n",
        if night.regressions.is_empty() { "No regression" } else { "REGRESSION" },
        figures.cases,
        figures.divergent,
        figures.new_divergent,
        figures.crashes,
        figures.buckets,
        figures.new_buckets,
        night.engines,
        night.git_commit.as_deref().unwrap_or("unknown"),
    );
    if !night.regressions.is_empty() {
        let _ = writeln!(text, "## Regressions\n");
        for reason in &night.regressions {
            let _ = writeln!(text, "- {}", cell(reason));
        }
        let _ = writeln!(text);
    }

    let _ = writeln!(text, "## Runs\n");
    let _ = writeln!(
        text,
        "| source | cases | agree | divergent | known | new | crashes | inconclusive | seconds |"
    );
    let _ = writeln!(text, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for source in &night.sources {
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {:.1} |",
            source.name,
            source.cases,
            source.agree,
            source.divergent,
            source.known,
            source.new,
            source.crashes,
            source.inconclusive,
            source.duration_seconds
        );
    }
    if !night.steps.is_empty() {
        let _ = writeln!(text, "\n| step | status | seconds | note |");
        let _ = writeln!(text, "|---|---|---:|---|");
        for step in &night.steps {
            let _ = writeln!(
                text,
                "| {} | {} | {:.1} | {} |",
                cell(&step.name),
                step.status,
                step.seconds,
                cell(&step.message)
            );
        }
    }

    let _ = writeln!(text, "\n## Buckets\n");
    if night.buckets.is_empty() {
        let _ = writeln!(text, "No divergence.");
    } else {
        let _ = writeln!(
            text,
            "| signature | cases | status | seen in | example | first difference |"
        );
        let _ = writeln!(text, "|---|---:|---|---|---|---|");
        for night_bucket in night.buckets.iter().take(LISTED_BUCKETS) {
            let bucket = &night_bucket.bucket;
            let _ = writeln!(
                text,
                "| `{}` | {} | {} | {} | {} | {} |",
                bucket.signature,
                bucket.count,
                bucket_status(bucket),
                night_bucket.sources.join(", "),
                cell(&bucket.example.id),
                cell(&bucket.example.detail)
            );
        }
        if night.buckets.len() > LISTED_BUCKETS {
            let _ = writeln!(
                text,
                "\n… and {} more buckets in report.html.",
                night.buckets.len() - LISTED_BUCKETS
            );
        }
    }
    let reduced: Vec<_> = night
        .buckets
        .iter()
        .filter_map(|night_bucket| {
            night_bucket
                .bucket
                .reduced
                .as_ref()
                .map(|example| (night_bucket, example))
        })
        .collect();
    if !reduced.is_empty() {
        let _ = writeln!(text, "\n## Reduced new buckets\n");
        if let Some(figures) = &night.reduction {
            let _ = writeln!(
                text,
                "{} reduced; median size {} → {} bytes, {} → {} lines; median {:.1}s each, {:.1}s in all.\n",
                figures.reduced,
                figures.median_bytes_before,
                figures.median_bytes_after,
                figures.median_lines_before,
                figures.median_lines_after,
                figures.median_seconds,
                figures.total_seconds
            );
        }
        for (night_bucket, example) in reduced {
            let _ = writeln!(
                text,
                "### `{}` ({}, {:.1}s)\n\n```lua\n{}```\n",
                night_bucket.bucket.signature, example.stability, example.seconds, example.script
            );
        }
    }

    if let Some(comparison) = &night.comparison {
        let _ = writeln!(text, "\n## Against the baseline ({})\n", night.baseline);
        let _ = writeln!(
            text,
            "- new buckets: {}\n- fixed buckets: {}\n- cases diverging that did not before: {}\n- cases fixed: {}",
            comparison.new_buckets.len(),
            comparison.fixed_buckets.len(),
            comparison.newly_divergent.len(),
            comparison.fixed_cases.len()
        );
    }

    if night.trend.len() > 1 {
        let _ = writeln!(text, "\n## Trend\n");
        let _ = writeln!(
            text,
            "| night | cases | divergent | new | crashes | buckets | new buckets |"
        );
        let _ = writeln!(text, "|---|---:|---:|---:|---:|---:|---:|");
        for figures in &night.trend {
            let _ = writeln!(
                text,
                "| {} | {} | {} | {} | {} | {} | {} |",
                figures.date,
                figures.cases,
                figures.divergent,
                figures.new_divergent,
                figures.crashes,
                figures.buckets,
                figures.new_buckets
            );
        }
    }
    text
}

/// Known, new, or new but not a regression; with real Redis's verdict when it was asked.
fn bucket_status(bucket: &crate::buckets::Bucket) -> String {
    let state = if bucket.is_known() {
        "known"
    } else if bucket.is_regression() {
        "**new**"
    } else {
        "new, not a regression"
    };
    match bucket.verdict_text() {
        Some(verdict) => format!("{state}: {verdict}"),
        None => state.to_string(),
    }
}
