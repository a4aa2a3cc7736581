//! `MIGRATE` on a server that has no reachable peer: the model cannot move keys to another
//! server, so it answers as Redis 7.0 does when nothing listens at the target — after the same
//! argument checks, in `migrateCommand`'s order, and `NOKEY` when none of the keys is here.

use super::{error, integer_argument, is_option, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::Keyspace;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[spec("migrate", -6, migrate)];

const KEY_WITH_KEYS: &str =
    "ERR When using MIGRATE KEYS option, the key argument must be set to the empty string";
/// An address's non-blocking connect succeeds (a refusal shows only later), its write fails.
const WRITE_FAILED: &str = "IOERR error or timeout writing to target instance";
/// A name that does not resolve fails the connect itself.
const CONNECT_FAILED: &str = "IOERR error or timeout connecting to the client";

/// `MIGRATE host port key|"" db timeout [COPY] [REPLACE] [AUTH pw] [AUTH2 user pw] [KEYS k...]`.
/// The target is taken to be unreachable: an address (or `localhost`) where nothing listens,
/// any other host name as one that does not resolve. The keys stay where they are.
fn migrate(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let key = request.arg(2);
    let mut keys = vec![key];
    let mut index = 5;
    while index < request.args.len() {
        let word = &request.args[index];
        let more = request.args.len() - 1 - index;
        if is_option(word, "copy") || is_option(word, "replace") {
            // Neither changes what happens when the target cannot be reached.
        } else if is_option(word, "auth") && more >= 1 {
            index += 1;
        } else if is_option(word, "auth2") && more >= 2 {
            index += 2;
        } else if is_option(word, "keys") {
            if !key.is_empty() {
                return Err(error(KEY_WITH_KEYS));
            }
            keys = request.args[index + 1..]
                .iter()
                .map(Vec::as_slice)
                .collect();
            break;
        } else {
            return Err(error(errors::SYNTAX));
        }
        index += 1;
    }
    // Redis reads the timeout before the database number.
    integer_argument(request.arg(4))?;
    integer_argument(request.arg(3))?;
    if !keys.iter().any(|key| keyspace.contains(key)) {
        return Ok(Reply::Status(b"NOKEY".to_vec()));
    }
    let host = request.arg(0);
    let is_address = host.eq_ignore_ascii_case(b"localhost")
        || std::str::from_utf8(host).is_ok_and(|text| text.parse::<std::net::IpAddr>().is_ok());
    Err(error(if is_address {
        WRITE_FAILED
    } else {
        CONNECT_FAILED
    }))
}

#[cfg(test)]
mod tests {
    use crate::{Model, Reply};

    fn run(model: &mut Model, words: &str) -> Reply {
        let words: Vec<Vec<u8>> = words.split(' ').map(|w| w.as_bytes().to_vec()).collect();
        model.run(&words, 2)
    }

    fn error_text(reply: Reply) -> String {
        match reply {
            Reply::Error(text) => String::from_utf8(text).unwrap(),
            other => panic!("not an error: {other:?}"),
        }
    }

    #[test]
    fn checks_come_in_redis_order_and_the_target_is_unreachable() {
        let mut model = Model::new();
        run(&mut model, "SET a 1");
        assert_eq!(
            run(&mut model, "MIGRATE 127.0.0.1 1 nokey 0 100"),
            Reply::Status(b"NOKEY".to_vec())
        );
        assert_eq!(
            error_text(run(
                &mut model,
                "MIGRATE 127.0.0.1 1 a 0 100 COPY REPLACE AUTH pw"
            )),
            super::WRITE_FAILED
        );
        assert_eq!(
            error_text(run(&mut model, "MIGRATE no.such.host.invalid 1 a 0 0")),
            super::CONNECT_FAILED
        );
        assert_eq!(
            error_text(run(&mut model, "MIGRATE 127.0.0.1 1 a 0 100 KEYS a")),
            super::KEY_WITH_KEYS
        );
        assert_eq!(
            error_text(run(&mut model, "MIGRATE 127.0.0.1 1 a 0 100 bogus KEYS")),
            "ERR syntax error"
        );
        assert_eq!(
            error_text(run(&mut model, "MIGRATE 127.0.0.1 1 nokey x 100")),
            "ERR value is not an integer or out of range"
        );
        assert_eq!(
            error_text(run(&mut model, "MIGRATE 127.0.0.1 1 a 0 100 AUTH2 u")),
            "ERR syntax error"
        );
        assert_eq!(run(&mut model, "GET a"), Reply::Bulk(b"1".to_vec()));
    }
}
