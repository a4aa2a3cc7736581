//! The `redis` profile's bench side: how a case's data set is written, how an `EVAL` reply
//! becomes an outcome, how the calls of a script are recorded and compared, and the pieces the
//! real-Redis engine uses to drive a private `redis-server` (RESP, `MONITOR`, the process).

pub mod data_set;
pub mod eval_outcome;
pub mod keyspace;
pub mod monitor;
pub mod recording;
pub mod resp;
pub mod server_process;
pub mod trace;
