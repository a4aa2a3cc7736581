//! Ferrous Conformance: a differential bench that runs Lua scripts on the Ferrous VM and on
//! reference Lua 5.1 and reports every difference.
//!
//! The flow: [`corpus`] finds cases (with [`header`] directives), [`runner`] runs each on two
//! [`engine::Engine`]s from the [`engines`] registry, [`normalize`] turns engine values into
//! [`outcome::Outcome`]s, [`diff`] compares them (with [`signature`]s), [`known`] decides which
//! divergences are accepted, and [`report`]/[`summary`] write the results. [`bench`] ties a run
//! together; [`show`] and [`cli`] serve the command line.

pub mod accept;
pub mod allocator;
pub mod arbitration;
pub mod bench;
pub mod buckets;
pub mod case_argument;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod diff;
pub mod engine;
pub mod engines;
pub mod error;
pub mod fuzz_artifact;
pub mod generate;
pub mod header;
pub mod interrupt;
pub mod known;
pub mod lua_number;
pub mod merge;
pub mod model_diff;
pub mod nightly;
pub mod normalize;
pub mod outcome;
pub mod progress;
pub mod redis;
pub mod reduce;
pub mod report;
pub mod report_lock;
pub mod runner;
pub mod saved_report;
pub mod shard;
pub mod show;
pub mod signature;
pub mod standalone;
pub mod summary;
pub mod triage_error;
pub mod workers;
