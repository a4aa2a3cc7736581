//! Outcomes read back from a JSON report, as the same lines `show` prints.

use serde_json::Value;

/// The text of a report's Bytes (a string, or `{ "hex": ... }`), escaped like `show`.
pub fn bytes_text(bytes: &Value) -> String {
    match bytes {
        Value::String(text) => escape(text),
        Value::Object(object) => match object.get("hex").and_then(Value::as_str) {
            Some(hex) => {
                let raw: Vec<u8> = (0..hex.len() / 2)
                    .filter_map(|index| u8::from_str_radix(&hex[2 * index..2 * index + 2], 16).ok())
                    .collect();
                crate::outcome::Bytes(raw).escaped()
            }
            None => bytes.to_string(),
        },
        other => other.to_string(),
    }
}

fn escape(text: &str) -> String {
    crate::outcome::Bytes::from(text).escaped()
}

/// A value tree (`reports/README.md`) as Lua-like text.
pub fn value_text(value: &Value) -> String {
    let kind = value["type"].as_str().unwrap_or("?");
    match kind {
        "nil" => "nil".to_string(),
        "boolean" => value["value"]
            .as_bool()
            .map_or("?", |b| if b { "true" } else { "false" })
            .to_string(),
        "number" => value["value"]["repr"].as_str().unwrap_or("?").to_string(),
        "string" => format!("\"{}\"", bytes_text(&value["value"])),
        "table" => {
            let entries: Vec<String> = value["entries"]
                .as_array()
                .map(|entries| {
                    entries
                        .iter()
                        .map(|pair| format!("[{}]={}", value_text(&pair[0]), value_text(&pair[1])))
                        .collect()
                })
                .unwrap_or_default();
            format!("{{{}}}", entries.join(", "))
        }
        other => other.to_string(),
    }
}

/// The lines describing one outcome.
pub fn outcome_lines(outcome: &Value) -> Vec<String> {
    let status = outcome["status"].as_str().unwrap_or("?");
    let mut lines = vec![match outcome["kind"].as_str() {
        Some(kind) => format!("status: {status} ({kind})"),
        None => format!("status: {status}"),
    }];
    if !outcome["message"].is_null() {
        lines.push(format!("message: {}", bytes_text(&outcome["message"])));
    }
    match outcome["returns"].as_array() {
        Some(values) if !values.is_empty() => {
            lines.push("returns:".to_string());
            for (index, value) in values.iter().enumerate() {
                lines.push(format!("  [{}] {}", index + 1, value_text(value)));
            }
        }
        _ => lines.push("returns: (none)".to_string()),
    }
    let output = bytes_text(&outcome["output"]);
    if output.is_empty() {
        lines.push("output: (none)".to_string());
    } else {
        lines.push("output:".to_string());
        // `escaped` turned newlines into `\n`; split on them again for one row per line.
        let body = output.strip_suffix("\\n").unwrap_or(&output);
        for line in body.split("\\n") {
            lines.push(format!("  | {line}"));
        }
    }
    match outcome["trace"].as_array() {
        Some(entries) if !entries.is_empty() => {
            lines.push("trace:".to_string());
            for entry in entries {
                let arguments: Vec<String> = entry["arguments"]
                    .as_array()
                    .map(|arguments| arguments.iter().map(bytes_text).collect())
                    .unwrap_or_default();
                lines.push(format!(
                    "  redis.{}({})",
                    entry["function"].as_str().unwrap_or("?"),
                    arguments.join(", ")
                ));
            }
        }
        _ => lines.push("trace: (none)".to_string()),
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_report_outcomes() {
        let outcome = serde_json::json!({
            "status": "error", "kind": "runtime", "message": "x.lua:1: boom",
            "returns": [ { "type": "number", "value": { "repr": "1.5", "bits": "0" } },
                         { "type": "table", "entries": [[ { "type": "string", "value": "k" },
                                                          { "type": "boolean", "value": true } ]] } ],
            "output": { "hex": "610a62ff0a" }, "trace": []
        });
        assert_eq!(
            outcome_lines(&outcome),
            vec![
                "status: error (runtime)",
                "message: x.lua:1: boom",
                "returns:",
                "  [1] 1.5",
                "  [2] {[\"k\"]=true}",
                "output:",
                "  | a",
                "  | b\\xff",
                "trace: (none)",
            ]
        );
    }
}
