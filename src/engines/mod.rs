//! The engine registry: adding an engine is one module here plus one line in [`by_name`].

pub mod ferrous;
pub mod ferrous_redis;
pub mod redis_server;
pub mod reference;

use crate::engine::Engine;
use crate::error::BenchError;

/// Names accepted by [`by_name`], for messages.
pub const ENGINE_NAMES: &[&str] = &["ferrous", "reference", "redis"];

/// Engines that execute Lua inside the process that runs them; `run` hands them to worker
/// processes so that a run stuck in C code or an abort cannot take the bench down (the
/// `redis` engine already runs its scripts in a server process of its own).
pub const RUN_IN_WORKERS: &[&str] = &["ferrous", "reference"];

/// The engine called `name`.
pub fn by_name(name: &str) -> Result<Box<dyn Engine>, BenchError> {
    match name {
        "ferrous" => Ok(Box::new(ferrous::FerrousEngine)),
        "reference" => Ok(Box::new(reference::ReferenceEngine)),
        "redis" => Ok(Box::new(redis_server::RedisServerEngine::new())),
        _ => Err(BenchError::UnknownEngine {
            name: name.to_string(),
            known: ENGINE_NAMES.join(", "),
        }),
    }
}
