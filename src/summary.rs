//! The short summary table printed after every run, per category and per corpus folder.

use crate::diff::Category;
use crate::report::Report;
use std::fmt::Write;

/// New divergences listed by name in the summary; the report has all of them.
const LISTED_NEW_DIVERGENCES: usize = 40;

/// Renders the summary of `report` as plain text.
pub fn render_summary(report: &Report) -> String {
    let totals = &report.totals;
    let mut text = String::new();
    let engines: Vec<String> = report
        .metadata
        .engines
        .iter()
        .map(|engine| engine.name.clone())
        .collect();
    let _ = writeln!(
        text,
        "{} cases, {} agree, {} divergent ({} known, {} new), {} inconclusive, {} crashes, {} skipped, {} malformed headers — {} in {:.1}s ({:.1} cases/s)",
        totals.cases,
        totals.agree,
        totals.divergent,
        totals.known,
        totals.new,
        totals.inconclusive,
        totals.crashes,
        totals.skipped,
        totals.malformed_header,
        engines.join(" vs "),
        report.metadata.duration_seconds,
        report.metadata.cases_per_second,
    );
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "{:<16} {:>7} {:>7} {:>7}",
        "category", "cases", "known", "new"
    );
    for category in Category::ALL {
        let records = report
            .divergences
            .iter()
            .filter(|record| record.divergence.category == category);
        let (known, new) = records.fold((0, 0), |(known, new), record| {
            if record.known {
                (known + 1, new)
            } else {
                (known, new + 1)
            }
        });
        let _ = writeln!(
            text,
            "{:<16} {:>7} {:>7} {:>7}",
            category.name(),
            known + new,
            known,
            new
        );
    }
    let _ = writeln!(text, "{:<16} {:>7}", "inconclusive", totals.inconclusive);
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "{:<20} {:>6} {:>6} {:>9} {:>5} {:>12} {:>7} {:>9}",
        "folder", "cases", "agree", "divergent", "new", "inconclusive", "skipped", "malformed"
    );
    for (folder, counts) in &report.folders {
        let _ = writeln!(
            text,
            "{:<20} {:>6} {:>6} {:>9} {:>5} {:>12} {:>7} {:>9}",
            folder,
            counts.cases,
            counts.agree,
            counts.divergent,
            counts.new,
            counts.inconclusive,
            counts.skipped,
            counts.malformed_header
        );
    }
    let new_records: Vec<_> = report
        .divergences
        .iter()
        .filter(|record| !record.known)
        .collect();
    if !new_records.is_empty() {
        let _ = writeln!(text);
        let _ = writeln!(text, "new divergences:");
        for record in new_records.iter().take(LISTED_NEW_DIVERGENCES) {
            let _ = writeln!(
                text,
                "  {} [{}] {}\n    reproduce: {}",
                record.id, record.divergence.signature, record.divergence.detail, record.reproduce
            );
        }
        if new_records.len() > LISTED_NEW_DIVERGENCES {
            let _ = writeln!(
                text,
                "  … and {} more (see the report)",
                new_records.len() - LISTED_NEW_DIVERGENCES
            );
        }
    }
    text
}
