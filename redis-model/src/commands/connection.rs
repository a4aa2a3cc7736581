//! `PING` and `ECHO`.

use super::{bulk, error, spec, Answer, CommandSpec, Request};
use crate::errors;
use crate::keyspace::Keyspace;
use crate::Reply;

pub(super) const COMMANDS: &[CommandSpec] = &[spec("ping", -1, ping), spec("echo", 2, echo)];

fn ping(_: &mut Keyspace, request: &Request) -> Answer {
    match request.args {
        [] => Ok(Reply::Status(b"PONG".to_vec())),
        [message] => Ok(bulk(message)),
        _ => Err(error(&errors::wrong_arguments(request.name))),
    }
}

fn echo(_: &mut Keyspace, request: &Request) -> Answer {
    Ok(bulk(&request.args[0]))
}
