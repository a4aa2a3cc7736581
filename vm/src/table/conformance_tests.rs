//! Traversal order, `#t` and `next` against reference Lua 5.1.
//!
//! `testdata/cases.txt` describes table shapes as operations (format in
//! `testdata/run_cases.lua`); `testdata/expected.txt` is what PUC-Rio Lua 5.1.5 printed when
//! `run_cases.lua` replayed them. Here the same operations run on [`Table`], performed the way
//! the VM performs them (a constructor is NEWTABLE with fb-encoded sizes, SETTABLE for keyed
//! items and SETLIST flushes of 50 for positional ones), and the printouts must be equal.
//! Regenerate with `lua5.1 gen_cases.lua > cases.txt && lua5.1 run_cases.lua < cases.txt >
//! expected.txt` in the testdata folder.

use super::{fb2int, int2fb, Table};
use crate::string::Strings;
use crate::value::Value;
use std::collections::HashMap;

const CASES: &str = include_str!("testdata/cases.txt");
const EXPECTED: &str = include_str!("testdata/expected.txt");

/// 5.1's `LFIELDS_PER_FLUSH`: positional constructor items are stored 50 at a time.
const FIELDS_PER_FLUSH: usize = 50;

/// Identity of a key for naming it in the printout (both zeros are one key, as in a table).
#[derive(PartialEq, Eq, Hash)]
enum KeyId {
    Str(u32, u32),
    Num(u64),
    Bool(bool),
}

fn key_id(key: Value) -> KeyId {
    match key {
        Value::String(s) => KeyId::Str(s.handle.index(), s.handle.generation()),
        Value::Number(n) => KeyId::Num(if n == 0.0 { 0 } else { n.to_bits() }),
        Value::Boolean(b) => KeyId::Bool(b),
        other => panic!("unexpected key type {}", other.type_name()),
    }
}

enum CtorItem {
    Positional(Value),
    Keyed(Value, Value),
}

/// Runs the cases of one file in order, producing the same lines `run_cases.lua` prints.
struct Replayer {
    strings: Strings,
    /// First token naming each key in the current case.
    tokens: HashMap<KeyId, String>,
    items: Vec<CtorItem>,
    table: Table,
    out: Vec<String>,
}

impl Replayer {
    fn new() -> Self {
        Replayer {
            strings: Strings::default(),
            tokens: HashMap::new(),
            items: Vec::new(),
            table: Table::new(0, 0),
            out: Vec::new(),
        }
    }

    fn key(&mut self, token: &str) -> Value {
        let (kind, text) = token.split_once(':').expect("key token");
        let key = match kind {
            "s" => Value::String(self.strings.intern(text.as_bytes())),
            "n" => Value::Number(text.parse().expect("number token")),
            "b" => Value::Boolean(text == "true"),
            _ => panic!("bad key token {token}"),
        };
        self.tokens
            .entry(key_id(key))
            .or_insert_with(|| token.to_string());
        key
    }

    fn value(token: &str) -> Value {
        if token == "nil" {
            Value::Nil
        } else {
            Value::Number(token.parse().expect("value token"))
        }
    }

    fn show_key(&self, key: Value) -> String {
        match self.tokens.get(&key_id(key)) {
            Some(token) => token.clone(),
            None => match key {
                Value::Number(n) => format!("n:{}", n as i64),
                _ => panic!("key without a token"),
            },
        }
    }

    fn show_entries(&self, label: &str) -> String {
        let mut line = label.to_string();
        let mut key = Value::Nil;
        while let Some((k, v)) = self.table.next(key).expect("valid traversal") {
            let Value::Number(n) = v else {
                panic!("values are numbers")
            };
            line.push_str(&format!(" {}={}", self.show_key(k), n as i64));
            key = k;
        }
        line
    }

    /// NEWTABLE B C, then the items in source order: SETTABLE for keyed ones, SETLIST (which
    /// stores from the last value down) whenever 50 positional values are pending and at the end.
    fn build(&mut self) {
        let positional = self
            .items
            .iter()
            .filter(|i| matches!(i, CtorItem::Positional(_)))
            .count();
        let keyed = self.items.len() - positional;
        self.table = Table::new(fb2int(int2fb(positional)), fb2int(int2fb(keyed)));
        let mut pending: Vec<Value> = Vec::new();
        let mut stored = 0;
        for item in std::mem::take(&mut self.items) {
            if pending.len() == FIELDS_PER_FLUSH {
                stored = self.set_list(stored, &mut pending);
            }
            match item {
                CtorItem::Positional(v) => pending.push(v),
                CtorItem::Keyed(k, v) => self.table.set(k, v).expect("valid key"),
            }
        }
        if !pending.is_empty() {
            self.set_list(stored, &mut pending);
        }
    }

    fn set_list(&mut self, stored: usize, pending: &mut Vec<Value>) -> usize {
        let last = stored + pending.len();
        if last > self.table.array_capacity() {
            self.table.ensure_array(last);
        }
        for (offset, value) in pending.drain(..).enumerate().rev() {
            self.table.set_int((stored + offset + 1) as i64, value);
        }
        last
    }

    fn run_line(&mut self, line: &str) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["case", _] => {
                self.finish_case();
                self.tokens.clear();
                self.out.push(line.to_string());
            }
            ["pos", v] => self.items.push(CtorItem::Positional(Self::value(v))),
            ["field", k, v] => {
                let key = self.key(k);
                self.items.push(CtorItem::Keyed(key, Self::value(v)));
            }
            ["build"] => self.build(),
            ["set", k, v] => {
                let key = self.key(k);
                self.table.set(key, Self::value(v)).expect("valid key");
            }
            ["len"] => self.out.push(format!("len {}", self.table.border())),
            ["pairs"] => self.out.push(self.show_entries("pairs")),
            ["sweep", every] => {
                let every: usize = every.parse().expect("sweep period");
                let mut line = "sweep".to_string();
                let mut visited = 0;
                let mut key = Value::Nil;
                while let Some((k, _)) = self.table.next(key).expect("valid traversal") {
                    line.push(' ');
                    line.push_str(&self.show_key(k));
                    visited += 1;
                    if visited % every == 0 {
                        self.table.set(k, Value::Nil).expect("valid key");
                    }
                    key = k;
                }
                self.out.push(line);
            }
            ["bump"] => {
                let mut key = Value::Nil;
                while let Some((k, v)) = self.table.next(key).expect("valid traversal") {
                    let Value::Number(n) = v else {
                        panic!("values are numbers")
                    };
                    self.table
                        .set(k, Value::Number(n + 1000.0))
                        .expect("valid key");
                    key = k;
                }
            }
            ["next", k] => {
                let key = self.key(k);
                let shown = match self.table.next(key) {
                    Err(_) => "error".to_string(),
                    Ok(None) => "end".to_string(),
                    Ok(Some((next_key, _))) => self.show_key(next_key),
                };
                self.out.push(format!("next {k} -> {shown}"));
            }
            [] => {}
            _ => panic!("unknown case line {line}"),
        }
    }

    fn finish_case(&mut self) {
        if !self.out.is_empty() {
            self.out.push(self.show_entries("pairs"));
        }
    }
}

/// A printout line shortened for a failure message.
fn clip(line: Option<&String>) -> String {
    line.map_or("<none>", |s| s.as_str())
        .chars()
        .take(300)
        .collect()
}

/// Splits a printout into per-case blocks keyed by the case line.
fn blocks(lines: &[String]) -> Vec<(String, Vec<String>)> {
    let mut result: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines {
        if line.starts_with("case ") {
            result.push((line.clone(), Vec::new()));
        } else if let Some((_, body)) = result.last_mut() {
            body.push(line.clone());
        }
    }
    result
}

#[test]
fn traversal_order_len_and_next_match_lua51() {
    let mut replayer = Replayer::new();
    for line in CASES.lines() {
        replayer.run_line(line);
    }
    replayer.finish_case();
    let actual = blocks(&replayer.out);
    let expected_lines: Vec<String> = EXPECTED.lines().map(str::to_string).collect();
    let expected = blocks(&expected_lines);
    assert_eq!(actual.len(), expected.len(), "case count");
    let mut mismatches = Vec::new();
    for ((name, got), (expected_name, want)) in actual.iter().zip(&expected) {
        assert_eq!(name, expected_name);
        if got != want {
            let first = got.iter().zip(want).position(|(g, w)| g != w).unwrap_or(0);
            mismatches.push(format!(
                "{name}\n  got:  {}\n  want: {}",
                clip(got.get(first)),
                clip(want.get(first))
            ));
        }
    }
    eprintln!(
        "table order cases: {} of {} match lua5.1",
        actual.len() - mismatches.len(),
        actual.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatching cases:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
