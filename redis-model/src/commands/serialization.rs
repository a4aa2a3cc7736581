//! `DUMP`, `RESTORE` and `RESTORE-ASKING`: a value as Redis 7.0's serialized payload and back
//! (see [`crate::rdb`]), with `RESTORE`'s options, checks and their order as
//! `restoreCommand` has them. `RESTORE-ASKING` is `RESTORE` for cluster migrations; outside a
//! cluster it behaves the same.

use super::{bulk, error, integer_argument, is_option, ok, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::Keyspace;
use crate::rdb::{dump_payload, load_payload, payload_is_sealed};
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[
    spec("dump", 2, dump),
    spec("restore", -4, restore),
    spec("restore-asking", -4, restore),
];

const BUSY_KEY: &str = "BUSYKEY Target key name already exists.";
const BAD_PAYLOAD: &str = "ERR DUMP payload version or checksum are wrong";
const BAD_FORMAT: &str = "ERR Bad data format";

fn dump(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let Some(data) = keyspace.get(request.arg(0)) else {
        return Ok(Reply::Nil);
    };
    Ok(bulk(&dump_payload(data)))
}

/// `RESTORE`'s options after the payload.
#[derive(Default)]
struct RestoreOptions {
    replace: bool,
    absolute_ttl: bool,
}

/// Reads the options in Redis's order: `IDLETIME` and `FREQ` exclude each other (the second
/// one is a syntax error) and each needs a value; their values are checked as they come.
/// The model keeps no access times, so their values only need to be valid.
fn parse_options(words: &[Vec<u8>]) -> Result<RestoreOptions, Reply> {
    let mut options = RestoreOptions::default();
    let mut idle_given = false;
    let mut frequency_given = false;
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        let has_value = index + 1 < words.len();
        if is_option(word, "replace") {
            options.replace = true;
        } else if is_option(word, "absttl") {
            options.absolute_ttl = true;
        } else if is_option(word, "idletime") && has_value && !frequency_given {
            if integer_argument(&words[index + 1])? < 0 {
                return Err(error("ERR Invalid IDLETIME value, must be >= 0"));
            }
            idle_given = true;
            index += 1;
        } else if is_option(word, "freq") && has_value && !idle_given {
            if !(0..=255).contains(&integer_argument(&words[index + 1])?) {
                return Err(error("ERR Invalid FREQ value, must be >= 0 and <= 255"));
            }
            frequency_given = true;
            index += 1;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    Ok(options)
}

fn restore(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(0);
    let options = parse_options(&request.args[3..])?;
    if !options.replace && keyspace.contains(key) {
        return Err(error(BUSY_KEY));
    }
    let ttl = integer_argument(request.arg(1))?;
    if ttl < 0 {
        return Err(error("ERR Invalid TTL value, must be >= 0"));
    }
    let payload = request.arg(2);
    if !payload_is_sealed(payload) {
        return Err(error(BAD_PAYLOAD));
    }
    let data = load_payload(payload).map_err(|_| error(BAD_FORMAT))?;
    if options.replace {
        keyspace.remove(key);
    }
    // A relative time to live counts from now; Redis adds without an overflow check.
    let expires_at = match ttl {
        0 => None,
        _ if options.absolute_ttl => Some(ttl),
        _ => Some(ttl.wrapping_add(keyspace.now())),
    };
    if expires_at.is_some_and(|at| at <= keyspace.now()) {
        // Already expired: the key is not created (and a replaced one stays deleted).
        return Ok(ok());
    }
    keyspace.put_entry(key, data, expires_at);
    Ok(ok())
}
