//! `show`: one case on both engines, the outcomes side by side and a readable diff.

use crate::arbitration::{arbiter_for, Availability};
use crate::corpus::Entry;
use crate::diff::{compare, Comparison};
use crate::engine::{Case, Engine};
use crate::outcome::{Bytes, Outcome, Status};
use crate::runner::run_both_guarded;
use similar::TextDiff;
use std::fmt::Write;
use std::sync::Arc;

/// Width of one column of the side-by-side view.
const COLUMN: usize = 60;

/// Lines describing an outcome for humans.
pub fn outcome_lines(outcome: &Outcome) -> Vec<String> {
    let mut lines = vec![format!("status: {}", outcome.status.label())];
    if let Status::Error { message, .. } = &outcome.status {
        lines.push(format!("message: {}", message.escaped()));
    }
    if outcome.returns.is_empty() {
        lines.push("returns: (none)".to_string());
    } else {
        lines.push("returns:".to_string());
        for (index, value) in outcome.returns.iter().enumerate() {
            lines.push(format!("  [{}] {}", index + 1, value.render()));
        }
    }
    if outcome.output.0.is_empty() {
        lines.push("output: (none)".to_string());
    } else {
        lines.push("output:".to_string());
        let bytes = &outcome.output.0;
        let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        for line in body.split(|&byte| byte == b'\n') {
            lines.push(format!("  | {}", Bytes(line.to_vec()).escaped()));
        }
        if !bytes.ends_with(b"\n") {
            lines.push("  (no newline at end)".to_string());
        }
    }
    if outcome.trace.is_empty() {
        lines.push("trace: (none)".to_string());
    } else {
        lines.push("trace:".to_string());
        for entry in &outcome.trace {
            let arguments: Vec<String> = entry.arguments.iter().map(Bytes::escaped).collect();
            lines.push(format!(
                "  redis.{}({}) -> {}",
                entry.function,
                arguments.join(", "),
                crate::redis::trace::render_reply(&entry.reply)
            ));
        }
    }
    if let Some(keys) = &outcome.keyspace {
        lines.push(format!("keyspace: {} keys", keys.len()));
        for key in keys {
            let value: Vec<String> = key.value.iter().map(Bytes::escaped).collect();
            let ttl = key
                .ttl
                .map(|ttl| format!(" (ttl {ttl})"))
                .unwrap_or_default();
            lines.push(format!(
                "  {} {}{ttl}: {}",
                key.kind,
                key.key.escaped(),
                value.join(" ")
            ));
        }
    }
    lines
}

/// Cuts `line` into pieces that fit a column.
fn wrap(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    if chars.is_empty() {
        return vec![String::new()];
    }
    chars
        .chunks(COLUMN)
        .map(|piece| piece.iter().collect())
        .collect()
}

/// Two outcomes in two columns.
pub fn side_by_side(
    left_name: &str,
    left: &[String],
    right_name: &str,
    right: &[String],
) -> String {
    let left_rows: Vec<String> = left.iter().flat_map(|line| wrap(line)).collect();
    let right_rows: Vec<String> = right.iter().flat_map(|line| wrap(line)).collect();
    let mut text = String::new();
    let _ = writeln!(text, "{:<COLUMN$} │ {}", left_name, right_name);
    let _ = writeln!(text, "{}─┼─{}", "─".repeat(COLUMN), "─".repeat(COLUMN));
    for row in 0..left_rows.len().max(right_rows.len()) {
        let a = left_rows.get(row).map_or("", String::as_str);
        let b = right_rows.get(row).map_or("", String::as_str);
        let _ = writeln!(text, "{a:<COLUMN$} │ {b}");
    }
    text
}

/// Runs `case` on both engines; returns the text to print and whether they agree.
pub fn show_case(case: &Case, engines: &[Arc<dyn Engine>; 2]) -> (String, bool) {
    let shared = Arc::new(case.clone());
    let (left, right) = run_both_guarded(engines, &shared);
    let left_name = format!("left: {}", engines[0].name());
    let right_name = format!("right: {}", engines[1].name());
    let left_lines = outcome_lines(&left);
    let right_lines = outcome_lines(&right);
    let mut text = format!("case {} ({})\n\n", case.id, case.path.display());
    text.push_str(&side_by_side(
        &left_name,
        &left_lines,
        &right_name,
        &right_lines,
    ));
    text.push('\n');
    let agree = match compare(&left, &right) {
        Comparison::Agree => {
            text.push_str("verdict: agree\n");
            true
        }
        Comparison::Inconclusive { reason } => {
            let _ = writeln!(text, "verdict: inconclusive ({reason})");
            false
        }
        Comparison::Diverge(divergence) => {
            let _ = writeln!(
                text,
                "verdict: {} divergence [{}]\n  {}",
                divergence.category.name(),
                divergence.signature,
                divergence.detail
            );
            text.push_str(&arbitration_line(case, engines, &left, &right));
            text.push('\n');
            let left_text = left_lines.join("\n") + "\n";
            let right_text = right_lines.join("\n") + "\n";
            let diff = TextDiff::from_lines(&left_text, &right_text);
            let _ = write!(
                text,
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(&left_name, &right_name)
            );
            false
        }
    };
    (text, agree)
}

/// Real Redis's verdict on a redis-profile divergence between the reference and another
/// engine, when a redis-server can be started (empty otherwise).
fn arbitration_line(
    case: &Case,
    engines: &[Arc<dyn Engine>; 2],
    left: &Outcome,
    right: &Outcome,
) -> String {
    match arbiter_for(engines, &[Entry::Runnable(case.clone())]) {
        Availability::NotApplicable => String::new(),
        Availability::Unavailable(reason) => format!("  arbitration: {reason}\n"),
        Availability::Ready(arbiter) => match arbiter.arbitrate(case, left, right) {
            Some(ruling) => format!(
                "  arbitration by {}: {} ({})\n",
                arbiter.version,
                ruling.verdict.name(),
                ruling.detail
            ),
            None => format!(
                "  arbitration by {}: real Redis could not run the case\n",
                arbiter.version
            ),
        },
    }
}

/// Like [`show_case`], with the program's source listed first (for cases that do not come
/// from a readable file, such as fuzz artifacts).
pub fn show_program(case: &Case, engines: &[Arc<dyn Engine>; 2]) -> (String, bool) {
    let source = Bytes(case.source.clone()).lossy();
    let mut text = format!("program ({} bytes):\n", case.source.len());
    for (number, line) in source.lines().enumerate() {
        let _ = writeln!(text, "{:>5}  {line}", number + 1);
    }
    text.push('\n');
    let (outcomes, agree) = show_case(case, engines);
    text.push_str(&outcomes);
    (text, agree)
}

/// ANSI colours for a terminal.
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Colours the unified diff that follows the `verdict:` line of [`show_case`]'s text: removed
/// (left) lines red, added (right) lines green, hunk headers cyan, the verdict bold.
pub fn colour_diff(text: &str) -> String {
    let mut coloured = String::with_capacity(text.len() + 256);
    let mut in_diff = false;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let newline = if line.ends_with('\n') { "\n" } else { "" };
        let colour = if body.starts_with("verdict:") {
            in_diff = true;
            Some(BOLD)
        } else if !in_diff {
            None
        } else if body.starts_with("---") || body.starts_with("+++") {
            Some(BOLD)
        } else if body.starts_with('-') {
            Some(RED)
        } else if body.starts_with('+') {
            Some(GREEN)
        } else if body.starts_with("@@") {
            Some(CYAN)
        } else {
            None
        };
        match colour {
            Some(colour) => {
                let _ = write!(coloured, "{colour}{body}{RESET}{newline}");
            }
            None => coloured.push_str(line),
        }
    }
    coloured
}

/// The Ferrous VM's bytecode listing of the case's script (`luac -l` style), or why the
/// script does not compile.
pub fn bytecode_listing(case: &Case) -> String {
    match ferrous_vm::compiler::compile(&case.source, case.chunk_name.as_bytes()) {
        Ok(proto) => ferrous_vm::bytecode::listing(&proto, false),
        Err(error) => format!("(the script does not compile: {error})\n"),
    }
}

/// What follows the outcomes in `show`: the bytecode listing and, for a divergent case, the
/// commands that reduce it and accept it.
pub fn triage_footer(case: &Case, corpus: &std::path::Path, engines: &str, agree: bool) -> String {
    use crate::report::shell_quote;
    let mut text = String::from("\nferrous bytecode:\n");
    text.push_str(&bytecode_listing(case));
    if !agree {
        let path = shell_quote(&case.path.to_string_lossy());
        let corpus = shell_quote(&corpus.to_string_lossy());
        let engines = shell_quote(engines);
        let _ = writeln!(text, "\nnext steps:");
        let _ = writeln!(
            text,
            "  reduce: ferrous-conformance reduce {path} --corpus {corpus} --engines {engines}"
        );
        let _ = writeln!(
            text,
            "  accept: ferrous-conformance accept {path} --corpus {corpus} --engines {engines} --reason 'why it is accepted'"
        );
    }
    text
}
