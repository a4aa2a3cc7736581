//! `ferrous-lua --redis [--raw | --no-raw] script.lua key1 key2 , arg1 arg2`: runs a script the
//! way `redis-cli --eval` sends it and prints the reply as `redis-cli --no-raw` prints it
//! (quoted and numbered, wherever the output goes, so that it can be compared with a
//! `redis-cli --no-raw` transcript), or with `--raw` as `redis-cli --raw` does.

use std::io::Write;
use std::os::unix::ffi::OsStrExt;

use ferrous_redis_model::{Reply, Server};

use super::RedisVm;

/// Runs `args` (the script path, then keys, a lone `,`, and arguments) against `server`;
/// false when the script could not be run at all.
pub fn run(args: &[Vec<u8>], server: Box<dyn Server>) -> bool {
    let (raw, args) = match args.first().map(Vec::as_slice) {
        Some(b"--raw") => (true, &args[1..]),
        Some(b"--no-raw") => (false, &args[1..]),
        _ => (false, args),
    };
    let Some((path, rest)) = args.split_first() else {
        eprintln!("usage: ferrous-lua --redis [--raw | --no-raw] script.lua [key ...] [, arg ...]");
        return false;
    };
    let path = std::path::Path::new(std::ffi::OsStr::from_bytes(path));
    let body = match std::fs::read(path) {
        Ok(body) => body,
        Err(e) => {
            eprintln!("Can't open file '{}': {e}", path.display());
            return false;
        }
    };
    let (keys, argv) = split_keys_and_args(rest);
    let mut vm = RedisVm::new(server);
    let reply = vm.eval(&body, &keys, &argv);
    let text = if raw {
        format_reply_raw(&reply)
    } else {
        format_reply(&reply)
    };
    std::io::stdout().lock().write_all(&text).is_ok()
}

/// `redis-cli --eval` splits its arguments at the first lone `,`: keys before, arguments
/// after.
pub fn split_keys_and_args(args: &[Vec<u8>]) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    match args.iter().position(|a| a == b",") {
        Some(comma) => (args[..comma].to_vec(), args[comma + 1..].to_vec()),
        None => (args.to_vec(), Vec::new()),
    }
}

/// The text `redis-cli --no-raw` prints for a reply (its `cliFormatReplyTTY`).
pub fn format_reply(reply: &Reply) -> Vec<u8> {
    let mut out = Vec::new();
    format_into(reply, b"", &mut out);
    out
}

fn format_into(reply: &Reply, prefix: &[u8], out: &mut Vec<u8>) {
    match reply {
        Reply::Error(text) => {
            out.extend_from_slice(b"(error) ");
            out.extend_from_slice(text);
            out.push(b'\n');
        }
        Reply::Status(text) => {
            out.extend_from_slice(text);
            out.push(b'\n');
        }
        Reply::Integer(n) => out.extend_from_slice(format!("(integer) {n}\n").as_bytes()),
        Reply::Double(d) => {
            out.extend_from_slice(b"(double) ");
            out.extend_from_slice(&super::conversion::format_g17(*d));
            out.push(b'\n');
        }
        Reply::Bulk(bytes) | Reply::BigNumber(bytes) | Reply::Verbatim { text: bytes, .. } => {
            quote_into(bytes, out);
            out.push(b'\n');
        }
        Reply::Nil => out.extend_from_slice(b"(nil)\n"),
        Reply::Boolean(b) => {
            out.extend_from_slice(if *b { b"(true)\n" } else { b"(false)\n" });
        }
        Reply::Array(items) => format_elements(items.iter().collect(), b')', prefix, out),
        Reply::Set(items) => format_elements(items.iter().collect(), b'~', prefix, out),
        Reply::Map(pairs) => {
            let flat = pairs.iter().flat_map(|(k, v)| [k, v]).collect();
            format_elements(flat, b'#', prefix, out)
        }
    }
}

/// The text `redis-cli --raw` prints for a reply (its `cliFormatReplyRaw`, then a newline):
/// bytes as they are, elements one per line, nil as nothing, an error with a line of its own.
pub fn format_reply_raw(reply: &Reply) -> Vec<u8> {
    let mut out = Vec::new();
    raw_into(reply, &mut out);
    out.push(b'\n');
    out
}

fn raw_into(reply: &Reply, out: &mut Vec<u8>) {
    let elements = |items: Vec<&Reply>, out: &mut Vec<u8>| {
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                out.push(b'\n');
            }
            raw_into(item, out);
        }
    };
    match reply {
        Reply::Error(text) => {
            out.extend_from_slice(text);
            out.push(b'\n');
        }
        Reply::Status(bytes)
        | Reply::Bulk(bytes)
        | Reply::BigNumber(bytes)
        | Reply::Verbatim { text: bytes, .. } => out.extend_from_slice(bytes),
        Reply::Integer(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Reply::Double(d) => out.extend_from_slice(&super::conversion::format_g17(*d)),
        Reply::Nil => {}
        Reply::Boolean(b) => out.extend_from_slice(if *b { b"(true)" } else { b"(false)" }),
        Reply::Array(items) | Reply::Set(items) => elements(items.iter().collect(), out),
        Reply::Map(pairs) => elements(pairs.iter().flat_map(|(k, v)| [k, v]).collect(), out),
    }
}

/// Numbered elements: indices right-aligned to the widest, nested replies indented under
/// their index.
fn format_elements(items: Vec<&Reply>, separator: u8, prefix: &[u8], out: &mut Vec<u8>) {
    if items.is_empty() {
        out.extend_from_slice(b"(empty array)\n");
        return;
    }
    let width = items.len().to_string().len();
    let mut nested = prefix.to_vec();
    nested.resize(prefix.len() + width + 2, b' ');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(prefix);
        }
        out.extend_from_slice(format!("{:>width$}", i + 1).as_bytes());
        out.push(separator);
        out.push(b' ');
        format_into(item, &nested, out);
    }
}

/// `sdscatrepr`: the bytes in double quotes with C-style escapes.
fn quote_into(bytes: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &b in bytes {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'"' => out.extend_from_slice(b"\\\""),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x07 => out.extend_from_slice(b"\\a"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    out.push(b'"');
}
