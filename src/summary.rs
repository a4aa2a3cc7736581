//! The short summary table printed after every run, per category and per corpus folder.

use crate::arbitration::Ruling;
use crate::diff::Category;
use crate::report::{DivergenceRecord, Report};
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
    if let Some(arbiter) = &report.metadata.arbiter {
        let rulings: Vec<String> = totals
            .arbitrated
            .iter()
            .map(|(ruling, count)| format!("{ruling} {count}"))
            .collect();
        let _ = writeln!(
            text,
            "arbiter: {arbiter}; arbitrated divergences: {} ({} reference-wrong not counted as new)",
            rulings.join(", "),
            totals.reference_wrong
        );
    }
    let _ = writeln!(text);
    let _ = writeln!(
        text,
        "{:<16} {:>7} {:>7} {:>7} {:>9}",
        "category", "cases", "known", "new", "ref-wrong"
    );
    for category in Category::ALL {
        let records = report
            .divergences
            .iter()
            .filter(|record| record.divergence.category == category);
        let (known, new, reference_wrong) =
            records.fold((0, 0, 0), |(known, new, wrong), record| {
                if record.known {
                    (known + 1, new, wrong)
                } else if is_reference_wrong(record) {
                    (known, new, wrong + 1)
                } else {
                    (known, new + 1, wrong)
                }
            });
        let _ = writeln!(
            text,
            "{:<16} {:>7} {:>7} {:>7} {:>9}",
            category.name(),
            known + new + reference_wrong,
            known,
            new,
            reference_wrong
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
        .filter(|record| !record.known && !is_reference_wrong(record))
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

fn is_reference_wrong(record: &DivergenceRecord) -> bool {
    record
        .divergence
        .arbitration
        .as_ref()
        .is_some_and(|arbitration| arbitration.verdict == Ruling::ReferenceWrong)
}
