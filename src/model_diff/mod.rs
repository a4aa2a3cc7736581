//! `model-diff`: the Redis model against a live `redis-server` over generated command
//! sequences (see [`sequence`]). Each sequence runs on a fresh model and, after `FLUSHALL`, on
//! a private server, one command per script (`redis.pcall`), so that both answer as Redis
//! answers scripts; every reply and the final key space are compared (see [`verdict`]). The
//! JSON report counts sequences, commands and differences per command, and keeps the first
//! differences in full with the seed that reproduces them.

pub mod sequence;
pub mod verdict;

use crate::redis::keyspace::read_keyspace;
use crate::redis::resp::Connection;
use crate::redis::server_process::ServerProcess;
use crate::triage_error::TriageError;
use ferrous_redis_model::{DumpedKey, DumpedValue, Model, Reply};
use sequence::Command;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;
use verdict::{agree, comparison_of, through_lua, unsettles_state, Comparison};

#[derive(Debug, Clone, clap::Args)]
pub struct ModelDiffArgs {
    /// Number of generated command sequences.
    #[arg(long, default_value_t = 1000)]
    pub sequences: u64,
    /// Seed of the run (sequence i is generated from the seed and i).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Run only sequence number N of the run (to reproduce a difference).
    #[arg(long, value_name = "N")]
    pub only: Option<u64>,
    /// Where to write the JSON report.
    #[arg(long, default_value = "reports/model-diff.json")]
    pub report: PathBuf,
}

/// Differences kept in full in the report; the rest are only counted.
const KEPT_DIFFERENCES: usize = 200;

/// The script the server runs each command in.
const RUNNER: &[u8] = b"return redis.pcall(unpack(ARGV))";

const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Serialize)]
struct Report {
    schema_version: u32,
    redis_version: String,
    seed: u64,
    sequences: u64,
    commands: u64,
    /// Commands the model answered with its own "does not model" error: not compared, and
    /// their sequence ends there (the server may have changed data the model cannot follow).
    unmodelled: u64,
    differences: u64,
    /// Commands run, by command name.
    commands_by_name: BTreeMap<String, u64>,
    /// Differences, by command name (`keyspace` for the final key space).
    differences_by_name: BTreeMap<String, u64>,
    first_differences: Vec<Difference>,
}

#[derive(Debug, Serialize)]
struct Difference {
    /// `model-diff --seed S --only N` reproduces it.
    sequence: u64,
    /// Commands of the sequence up to the one that differed (all of them for the key space).
    commands: Vec<String>,
    model: String,
    redis: String,
}

pub fn run(args: &ModelDiffArgs) -> Result<u8, TriageError> {
    let server = ServerProcess::start()
        .map_err(|error| TriageError::Refused(format!("cannot start redis-server: {error}")))?;
    let mut connection = server
        .connect(COMMAND_TIMEOUT)
        .map_err(|error| TriageError::Refused(format!("cannot reach redis-server: {error}")))?;
    let runner = load_runner(&mut connection)?;
    let table = Model::commands();
    let mut report = Report {
        schema_version: 1,
        redis_version: server.version().to_string(),
        seed: args.seed,
        sequences: 0,
        commands: 0,
        unmodelled: 0,
        differences: 0,
        commands_by_name: BTreeMap::new(),
        differences_by_name: BTreeMap::new(),
        first_differences: Vec::new(),
    };
    let indices: Box<dyn Iterator<Item = u64>> = match args.only {
        Some(index) => Box::new(std::iter::once(index)),
        None => Box::new(0..args.sequences),
    };
    for index in indices {
        let commands = sequence::sequence(args.seed, index, &table);
        run_sequence(&mut connection, &runner, index, &commands, &mut report)
            .map_err(|error| TriageError::Refused(format!("talking to redis-server: {error}")))?;
    }
    let text = serde_json::to_string_pretty(&report)
        .map_err(|error| TriageError::file(&args.report, error))?;
    if let Some(folder) = args.report.parent() {
        std::fs::create_dir_all(folder).map_err(|error| TriageError::file(folder, error))?;
    }
    std::fs::write(&args.report, text + "\n")
        .map_err(|error| TriageError::file(&args.report, error))?;
    println!(
        "model-diff: {} sequences, {} commands ({} not modelled) against redis-server {}: {} differences",
        report.sequences, report.commands, report.unmodelled, report.redis_version, report.differences
    );
    for (name, count) in &report.differences_by_name {
        println!("  {name}: {count}");
    }
    println!("report: {}", args.report.display());
    Ok(u8::from(report.differences > 0))
}

fn load_runner(connection: &mut Connection) -> Result<Vec<u8>, TriageError> {
    match connection.call(&[b"SCRIPT", b"LOAD", RUNNER]) {
        Ok(Reply::Bulk(sha)) => Ok(sha),
        other => Err(TriageError::Refused(format!(
            "redis-server refused the runner script: {other:?}"
        ))),
    }
}

fn run_sequence(
    connection: &mut Connection,
    runner: &[u8],
    index: u64,
    commands: &[Command],
    report: &mut Report,
) -> std::io::Result<()> {
    report.sequences += 1;
    connection.call(&[b"FLUSHALL"])?;
    let mut model = Model::new();
    let mut settled = true;
    let mut unmodelled_ran = false;
    for (step, command) in commands.iter().enumerate() {
        let name = String::from_utf8_lossy(&command[0]).to_ascii_lowercase();
        *report.commands_by_name.entry(name.clone()).or_default() += 1;
        report.commands += 1;
        // Each command is a script of its own on the server (the runner's EVALSHA).
        let expected = through_lua(model.run(command, 2));
        model.end_script();
        let mut words: Vec<&[u8]> = vec![b"EVALSHA", runner, b"0"];
        words.extend(command.iter().map(Vec::as_slice));
        let actual = connection.call(&words)?;
        if is_unmodelled(&expected) {
            // The server may have changed data the model cannot follow (MIGRATE, ...):
            // the rest of the sequence would only compare different states.
            report.unmodelled += 1;
            unmodelled_ran = true;
            break;
        }
        let comparison = if settled {
            comparison_of(command)
        } else {
            Comparison::Shape
        };
        if !agree(&expected, &actual, comparison) {
            record(
                report,
                &name,
                Difference {
                    sequence: index,
                    commands: commands[..=step].iter().map(|c| render(c)).collect(),
                    model: render_reply(&expected),
                    redis: render_reply(&actual),
                },
            );
        }
        settled &= !unsettles_state(command);
    }
    if unmodelled_ran {
        // The server ran what the model does not model (MIGRATE, ...): its keys may differ.
        return Ok(());
    }
    let server_keys = read_keyspace(connection);
    let agreed = match &server_keys {
        Ok(server_keys) => keyspaces_agree(&model.dump(), server_keys, settled),
        Err(_) => false,
    };
    if !agreed {
        let model_keys = model.dump();
        let differing = |keys: &[DumpedKey], others: &[DumpedKey]| -> String {
            let shown: Vec<String> = keys
                .iter()
                .filter(|key| !others.contains(key))
                .map(render_key)
                .collect();
            shown.join("; ")
        };
        record(
            report,
            "keyspace",
            Difference {
                sequence: index,
                commands: commands.iter().map(|c| render(c)).collect(),
                model: match &server_keys {
                    Ok(keys) => differing(&model_keys, keys),
                    Err(_) => differing(&model_keys, &[]),
                },
                redis: match &server_keys {
                    Ok(keys) => differing(keys, &model_keys),
                    Err(error) => format!("unreadable: {error}"),
                },
            },
        );
    }
    Ok(())
}

/// The model's own error for what it does not model (`ERR ferrous-redis-model ...`).
fn is_unmodelled(reply: &Reply) -> bool {
    matches!(reply, Reply::Error(text) if text.starts_with(b"ERR ferrous-redis-model"))
}

fn record(report: &mut Report, name: &str, difference: Difference) {
    report.differences += 1;
    *report
        .differences_by_name
        .entry(name.to_string())
        .or_default() += 1;
    if report.first_differences.len() < KEPT_DIFFERENCES {
        report.first_differences.push(difference);
    }
}

/// Times to live beyond this (about ten years) come from absolute expiry times; the model's
/// frozen clock and the server's differ by years, so such times are not compared exactly.
const FAR_FUTURE_SECONDS: i64 = 315_360_000;

/// Key spaces agree when they hold the same keys and values, times to live within a second
/// (the server's clock moves on between the command and `TTL`, and may expire a key the
/// frozen model keeps for its last second); after a command that left state to chance, the
/// same keys of the same types.
fn keyspaces_agree(model: &[DumpedKey], server: &[DumpedKey], settled: bool) -> bool {
    let model: Vec<&DumpedKey> = model
        .iter()
        .filter(|key| {
            let expiring = key.ttl_seconds.is_some_and(|ttl| ttl <= 1);
            !expiring || server.iter().any(|other| other.key == key.key)
        })
        .collect();
    model.len() == server.len()
        && model.iter().zip(server).all(|(left, right)| {
            let same_kind =
                left.key == right.key && left.value.type_name() == right.value.type_name();
            // Expiry set from an absolute time far ahead counts from different clocks.
            let far = |ttl: i64| ttl > FAR_FUTURE_SECONDS;
            let ttl_close = match (left.ttl_seconds, right.ttl_seconds) {
                (Some(left), Some(right)) => {
                    left == right || left - 1 == right || (far(left) && far(right))
                }
                // A key within a second of expiring may expire on the server between the
                // listing and the TTL query, which then finds no expiry.
                (Some(left), None) => left <= 1,
                (left, right) => left == right,
            };
            same_kind && (!settled || (left.value == right.value && ttl_close))
        })
}

/// A command as text for the report.
fn render(command: &[Vec<u8>]) -> String {
    let words: Vec<String> = command.iter().map(|word| render_bytes(word)).collect();
    words.join(" ")
}

/// Bytes as text: printable ASCII as is, other bytes as `\xHH`, the empty word as `""`.
fn render_bytes(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "\"\"".to_string();
    }
    let mut text = String::new();
    for &byte in bytes {
        if byte.is_ascii_graphic() || byte == b' ' {
            text.push(char::from(byte));
        } else {
            text.push_str(&format!("\\x{byte:02x}"));
        }
    }
    text
}

/// A dumped key as text for the report: name, type, time to live and value.
fn render_key(key: &DumpedKey) -> String {
    let pair = |(left, right): &(Vec<u8>, Vec<u8>)| {
        format!("{}={}", render_bytes(left), render_bytes(right))
    };
    let value = match &key.value {
        DumpedValue::String(bytes) => render_bytes(bytes),
        DumpedValue::List(items) | DumpedValue::Set(items) => {
            let items: Vec<String> = items.iter().map(|item| render_bytes(item)).collect();
            items.join(" ")
        }
        DumpedValue::Hash(pairs) => pairs.iter().map(pair).collect::<Vec<_>>().join(" "),
        DumpedValue::SortedSet(pairs) => pairs
            .iter()
            .map(|(member, score)| format!("{}={score}", render_bytes(member)))
            .collect::<Vec<_>>()
            .join(" "),
        DumpedValue::Stream(entries) => entries
            .iter()
            .map(|(id, fields)| {
                let fields: Vec<String> = fields.iter().map(pair).collect();
                format!("{id}[{}]", fields.join(" "))
            })
            .collect::<Vec<_>>()
            .join(" "),
    };
    let ttl = key
        .ttl_seconds
        .map_or(String::new(), |ttl| format!(" ttl {ttl}"));
    format!(
        "{} ({}{ttl}): {value}",
        render_bytes(&key.key),
        key.value.type_name()
    )
}

/// A reply as text for the report, in redis-cli's spirit.
fn render_reply(reply: &Reply) -> String {
    match reply {
        Reply::Nil => "(nil)".to_string(),
        Reply::Integer(value) => format!("(integer) {value}"),
        Reply::Bulk(bytes) => format!("\"{}\"", render_bytes(bytes)),
        Reply::Status(text) => format!("(status) {}", render_bytes(text)),
        Reply::Error(text) => format!("(error) {}", render_bytes(text)),
        Reply::Array(items) => {
            let items: Vec<String> = items.iter().map(render_reply).collect();
            format!("[{}]", items.join(", "))
        }
        other => format!("{other:?}"),
    }
}
