//! The night as one self-contained HTML page (`report.html`): no scripts, no external files;
//! styles inline, the trend chart as inline SVG, per-case diffs in `<details>` blocks.

use super::outcome_text::outcome_lines;
use super::{Figures, Night};
use crate::buckets::Bucket;
use crate::saved_report::SavedDivergence;
use similar::{ChangeTag, TextDiff};
use std::fmt::Write;

/// Per-case diffs shown at most (the JSON reports have all of them).
const SHOWN_CASES: usize = 500;

const STYLE: &str = "
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
main{padding:8px 28px 40px;max-width:1400px}
h2{margin-top:30px;border-bottom:2px solid #d9dde5;padding-bottom:4px}
.verdict{display:inline-block;padding:3px 10px;border-radius:4px;font-weight:700}
.ok{background:#1f8a4c;color:#fff}.bad{background:#c62828;color:#fff}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{background:#fff;border:1px solid #d9dde5;border-radius:6px;padding:10px 16px;min-width:110px}
.card b{display:block;font-size:24px}
table{border-collapse:collapse;background:#fff;margin:8px 0}
th,td{border:1px solid #d9dde5;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eceff4}td.n{text-align:right}
code,pre{font:12.5px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{background:#fff;border:1px solid #d9dde5;padding:8px;overflow-x:auto;margin:6px 0}
.new{color:#c62828;font-weight:700}.known{color:#5b6476}
details{background:#fff;border:1px solid #d9dde5;border-radius:6px;margin:6px 0;padding:4px 10px}
summary{cursor:pointer;padding:4px 0}
table.sbs{width:100%}table.sbs td{width:50%;white-space:pre-wrap;font:12.5px/1.4 ui-monospace,Menlo,Consolas,monospace}
table.sbs tr.differs td{background:#fff4d6}
.del{background:#ffe3e3;color:#8a1010;display:block}.add{background:#e2f6e6;color:#0e5c24;display:block}
.hunk{color:#3464a8;display:block}
.legend span{margin-right:14px}
";

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// An element id made of safe characters.
fn anchor(prefix: &str, text: &str) -> String {
    let safe: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{prefix}-{safe}")
}

fn card(out: &mut String, label: &str, value: usize) {
    let _ = write!(out, "<div class=card><b>{value}</b>{}</div>", escape(label));
}

/// The outcomes of a divergence side by side, aligned on their common lines; rows that
/// differ are highlighted.
fn side_by_side(out: &mut String, record: &SavedDivergence, engines: &[&str; 2]) {
    let left = outcome_lines(&record.outcomes["left"]).join("\n") + "\n";
    let right = outcome_lines(&record.outcomes["right"]).join("\n") + "\n";
    let diff = TextDiff::from_lines(&left, &right);
    let _ = write!(
        out,
        "<table class=sbs><tr><th>left: {}</th><th>right: {}</th></tr>",
        escape(engines[0]),
        escape(engines[1])
    );
    let mut removed: Vec<String> = Vec::new();
    let mut added: Vec<String> = Vec::new();
    let flush = |out: &mut String, removed: &mut Vec<String>, added: &mut Vec<String>| {
        for row in 0..removed.len().max(added.len()) {
            let a = removed.get(row).map_or("", String::as_str);
            let b = added.get(row).map_or("", String::as_str);
            let _ = write!(
                out,
                "<tr class=differs><td>{}</td><td>{}</td></tr>",
                escape(a),
                escape(b)
            );
        }
        removed.clear();
        added.clear();
    };
    for change in diff.iter_all_changes() {
        let text = change.value().trim_end_matches('\n').to_string();
        match change.tag() {
            ChangeTag::Delete => removed.push(text),
            ChangeTag::Insert => added.push(text),
            ChangeTag::Equal => {
                flush(out, &mut removed, &mut added);
                let _ = write!(out, "<tr><td>{0}</td><td>{0}</td></tr>", escape(&text));
            }
        }
    }
    flush(out, &mut removed, &mut added);
    out.push_str("</table>");
}

/// The unified diff of the two outcomes, coloured.
fn unified_diff(out: &mut String, record: &SavedDivergence) {
    let left = outcome_lines(&record.outcomes["left"]).join("\n") + "\n";
    let right = outcome_lines(&record.outcomes["right"]).join("\n") + "\n";
    let diff = TextDiff::from_lines(&left, &right);
    out.push_str("<pre class=diff>");
    for group in diff.grouped_ops(3) {
        let _ = write!(out, "<span class=hunk>@@</span>");
        for operation in group {
            for change in diff.iter_changes(&operation) {
                let text = escape(change.value().trim_end_matches('\n'));
                let _ = match change.tag() {
                    ChangeTag::Delete => write!(out, "<span class=del>-{text}</span>"),
                    ChangeTag::Insert => write!(out, "<span class=add>+{text}</span>"),
                    ChangeTag::Equal => writeln!(out, " {text}"),
                };
            }
        }
    }
    out.push_str("</pre>");
}

/// One line of the trend chart: its name, colour, and the figure it draws.
type Series = (&'static str, &'static str, fn(&Figures) -> usize);

/// A line chart of the nights' figures.
fn trend_chart(out: &mut String, trend: &[Figures]) {
    const WIDTH: f64 = 760.0;
    const HEIGHT: f64 = 220.0;
    const MARGIN: f64 = 36.0;
    let series: [Series; 4] = [
        ("divergent cases", "#3464a8", |f| f.divergent),
        ("buckets", "#1f8a4c", |f| f.buckets),
        ("new buckets", "#c62828", |f| f.new_buckets),
        ("crashes", "#8a4fb0", |f| f.crashes),
    ];
    let highest = trend
        .iter()
        .flat_map(|figures| series.iter().map(move |(_, _, value)| value(figures)))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let step = if trend.len() > 1 {
        (WIDTH - 2.0 * MARGIN) / (trend.len() - 1) as f64
    } else {
        0.0
    };
    let x = |index: usize| MARGIN + step * index as f64;
    let y = |value: usize| HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * value as f64 / highest;
    let _ = write!(
        out,
        "<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{HEIGHT}' role='img' aria-label='trend' style='background:#fff;border:1px solid #d9dde5'>"
    );
    let _ = write!(
        out,
        "<line x1='{MARGIN}' y1='{0}' x2='{1}' y2='{0}' stroke='#999'/><line x1='{MARGIN}' y1='{MARGIN}' x2='{MARGIN}' y2='{0}' stroke='#999'/>",
        HEIGHT - MARGIN,
        WIDTH - MARGIN
    );
    let _ = write!(
        out,
        "<text x='4' y='{}' font-size='11'>{}</text><text x='4' y='{}' font-size='11'>0</text>",
        MARGIN + 4.0,
        highest,
        HEIGHT - MARGIN
    );
    for (name, colour, value) in &series {
        let points: Vec<String> = trend
            .iter()
            .enumerate()
            .map(|(index, figures)| format!("{:.1},{:.1}", x(index), y(value(figures))))
            .collect();
        let _ = write!(
            out,
            "<polyline fill='none' stroke='{colour}' stroke-width='2' points='{}'><title>{}</title></polyline>",
            points.join(" "),
            escape(name)
        );
        for (index, figures) in trend.iter().enumerate() {
            let _ = write!(
                out,
                "<circle cx='{:.1}' cy='{:.1}' r='3' fill='{colour}'><title>{}: {} {}</title></circle>",
                x(index),
                y(value(figures)),
                escape(&figures.date),
                value(figures),
                escape(name)
            );
        }
    }
    if let (Some(first), Some(last)) = (trend.first(), trend.last()) {
        let _ = write!(
            out,
            "<text x='{MARGIN}' y='{}' font-size='11'>{}</text><text x='{}' y='{}' font-size='11' text-anchor='end'>{}</text>",
            HEIGHT - 12.0,
            escape(&first.date),
            WIDTH - MARGIN,
            HEIGHT - 12.0,
            escape(&last.date)
        );
    }
    out.push_str("</svg><div class=legend>");
    for (name, colour, _) in &series {
        let _ = write!(
            out,
            "<span style='color:{colour}'>■ {}</span>",
            escape(name)
        );
    }
    out.push_str("</div>");
}

/// Known, new (a regression), or new but ruled the reference's fault by real Redis.
fn state_html(bucket: &Bucket) -> String {
    if bucket.is_known() {
        "<span class=known>known</span>".to_string()
    } else if bucket.is_regression() {
        format!("<span class=new>new ({})</span>", bucket.unknown)
    } else {
        format!(
            "<span class=known>new ({}), not a regression</span>",
            bucket.unknown
        )
    }
}

/// Real Redis's verdict on the bucket, when it was asked.
fn verdict_html(bucket: &Bucket) -> String {
    bucket
        .verdict_text()
        .map(|text| format!(" — <span class=verdict>{}</span>", escape(text)))
        .unwrap_or_default()
}

fn bucket_row(out: &mut String, bucket: &Bucket, sources: &[String]) {
    let status = format!("{}{}", state_html(bucket), verdict_html(bucket));
    let _ = write!(
        out,
        "<tr><td><code>{}</code></td><td class=n>{}</td><td>{status}</td><td>{}</td><td><a href='#{}'>{}</a></td><td>{}</td></tr>",
        escape(&bucket.signature),
        bucket.count,
        escape(&sources.join(", ")),
        anchor("case", &format!("{}-{}", bucket.example.id, bucket.signature)),
        escape(&bucket.example.id),
        escape(&bucket.example.detail)
    );
}

/// Renders the page.
pub fn render(night: &Night) -> String {
    let figures = &night.figures;
    let names: Vec<&str> = night.engines.split(',').collect();
    let engines = [
        names.first().copied().unwrap_or("left"),
        names.get(1).copied().unwrap_or("right"),
    ];
    let regressed = !night.regressions.is_empty();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Nightly conformance {}</title><style>{STYLE}</style></head><body>",
        escape(&figures.date)
    );
    let _ = write!(
        out,
        "<header><h1>Ferrous Conformance — nightly report {}</h1><span class='verdict {}' id=verdict>{}</span> engines {} · commit <code>{}</code></header><main>",
        escape(&figures.date),
        if regressed { "bad" } else { "ok" },
        if regressed { "REGRESSION" } else { "No regression" },
        escape(&night.engines),
        escape(night.git_commit.as_deref().unwrap_or("unknown"))
    );

    out.push_str("<section id=totals><div class=cards>");
    card(&mut out, "cases", figures.cases);
    card(&mut out, "divergent", figures.divergent);
    card(&mut out, "new divergent", figures.new_divergent);
    card(&mut out, "crashes", figures.crashes);
    card(&mut out, "buckets", figures.buckets);
    card(&mut out, "new buckets", figures.new_buckets);
    out.push_str("</div></section>");

    if regressed {
        out.push_str("<section id=regressions><h2>Regressions</h2><ul>");
        for reason in &night.regressions {
            let _ = write!(out, "<li>{}</li>", escape(reason));
        }
        out.push_str("</ul></section>");
    }

    out.push_str("<section id=runs><h2>Runs</h2><table><tr><th>source</th><th>cases</th><th>agree</th><th>divergent</th><th>known</th><th>new</th><th>crashes</th><th>inconclusive</th><th>seconds</th></tr>");
    for source in &night.sources {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{:.1}</td></tr>",
            escape(&source.name),
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
    out.push_str("</table>");
    if !night.steps.is_empty() {
        out.push_str("<table><tr><th>step</th><th>status</th><th>seconds</th><th>note</th></tr>");
        for step in &night.steps {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=n>{:.1}</td><td>{}</td></tr>",
                escape(&step.name),
                escape(&step.status),
                step.seconds,
                escape(&step.message)
            );
        }
        out.push_str("</table>");
    }
    out.push_str("</section>");

    out.push_str("<section id=trend><h2>Trend</h2>");
    trend_chart(&mut out, &night.trend);
    out.push_str("<table><tr><th>night</th><th>cases</th><th>divergent</th><th>new</th><th>crashes</th><th>buckets</th><th>new buckets</th></tr>");
    for point in night.trend.iter().rev() {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            escape(&point.date),
            point.cases,
            point.divergent,
            point.new_divergent,
            point.crashes,
            point.buckets,
            point.new_buckets
        );
    }
    out.push_str("</table></section>");

    out.push_str("<section id=buckets><h2>Buckets</h2>");
    if night.buckets.is_empty() {
        out.push_str("<p>No divergence.</p>");
    } else {
        out.push_str("<table><tr><th>signature</th><th>cases</th><th>status</th><th>seen in</th><th>smallest example</th><th>first difference</th></tr>");
        for night_bucket in &night.buckets {
            bucket_row(&mut out, &night_bucket.bucket, &night_bucket.sources);
        }
        out.push_str("</table>");
        if let Some(reduction) = &night.reduction {
            let _ = write!(
                out,
                "<p id=reduction-figures>{} new bucket(s) reduced: median {} → {} bytes, {} → {} lines, {:.1}s each (median), {:.1}s in all.</p>",
                reduction.reduced,
                reduction.median_bytes_before,
                reduction.median_bytes_after,
                reduction.median_lines_before,
                reduction.median_lines_after,
                reduction.median_seconds,
                reduction.total_seconds
            );
        }
        for night_bucket in &night.buckets {
            let bucket = &night_bucket.bucket;
            let _ = write!(
                out,
                "<details class=bucket id='{}'{}><summary><code>{}</code> — {} case(s), {}</summary><p>Cases: {}</p>",
                anchor("bucket", &bucket.signature),
                if bucket.is_known() { "" } else { " open" },
                escape(&bucket.signature),
                bucket.count,
                if bucket.is_known() {
                    format!(
                        "known: {}{}",
                        escape(bucket.known_reason.as_deref().unwrap_or("")),
                        verdict_html(bucket)
                    )
                } else {
                    format!("{}{}", state_html(bucket), verdict_html(bucket))
                },
                escape(&bucket.cases.join(", "))
            );
            match (&bucket.reduced, &night_bucket.reduction_note) {
                (Some(example), _) => {
                    let _ = write!(
                        out,
                        "<p>Reduced from {} to {} lines ({} → {} bytes) in {:.1}s, {}:</p><pre class=reduced>{}</pre>",
                        example.lines_before,
                        example.lines_after,
                        example.bytes_before,
                        example.bytes_after,
                        example.seconds,
                        escape(&example.stability),
                        escape(&example.script)
                    );
                }
                (None, Some(note)) => {
                    let _ = write!(out, "<p>{}</p>", escape(note));
                }
                (None, None) => {}
            }
            let _ = write!(
                out,
                "<p>Reproduce: <code>{}</code></p>",
                escape(&bucket.example.reproduce)
            );
            side_by_side(&mut out, &bucket.example, &engines);
            out.push_str("</details>");
        }
    }
    out.push_str("</section>");

    if let Some(comparison) = &night.comparison {
        let _ = write!(
            out,
            "<section id=baseline><h2>Against the baseline</h2><p><code>{}</code>: {} new bucket(s), {} fixed bucket(s), {} case(s) diverging that did not before, {} case(s) fixed.</p>",
            escape(&night.baseline),
            comparison.new_buckets.len(),
            comparison.fixed_buckets.len(),
            comparison.newly_divergent.len(),
            comparison.fixed_cases.len()
        );
        if !comparison.fixed_buckets.is_empty() {
            out.push_str("<p>Fixed buckets:</p><ul>");
            for bucket in &comparison.fixed_buckets {
                let _ = write!(
                    out,
                    "<li><code>{}</code> ({} case(s))</li>",
                    escape(&bucket.signature),
                    bucket.count
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</section>");
    }

    let _ = write!(
        out,
        "<section id=cases><h2>Divergent cases ({})</h2>",
        night.divergences.len()
    );
    for (source, record) in night.divergences.iter().take(SHOWN_CASES) {
        let _ = write!(
            out,
            "<details class=case id='{}'><summary>{} <code>{}</code> [{}] {} — {}</summary>",
            anchor("case", &format!("{}-{}", record.id, record.signature)),
            escape(source),
            escape(&record.id),
            escape(&record.signature),
            if record.known {
                "<span class=known>known</span>"
            } else {
                "<span class=new>new</span>"
            },
            escape(&record.detail)
        );
        side_by_side(&mut out, record, &engines);
        unified_diff(&mut out, record);
        let _ = write!(
            out,
            "<p>Reproduce: <code>{}</code></p></details>",
            escape(&record.reproduce)
        );
    }
    if night.divergences.len() > SHOWN_CASES {
        let _ = write!(
            out,
            "<p>… and {} more in the JSON reports.</p>",
            night.divergences.len() - SHOWN_CASES
        );
    }
    out.push_str("</section></main></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(anchor("case", "a/b:c"), "case-a-b-c");
    }
}
