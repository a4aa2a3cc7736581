//! Errors that stop the bench itself (as opposed to per-case results). They are all usage or
//! environment problems and end the process with exit code 2.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{}: corpus folder not found: {source}", path.display())]
    MissingCorpus {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot read the corpus: {source}", path.display())]
    CorpusUnreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("unknown engine '{name}' (known engines: {known})")]
    UnknownEngine { name: String, known: String },
    #[error("--engines needs exactly two engines, got {count}")]
    EngineCount { count: usize },
    #[error("{}: cannot write the report: {source}", path.display())]
    ReportPath {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: in use by process {pid} (lock file {}); wait for that run or pick another --report",
        path.display(),
        lock.display()
    )]
    ReportInUse {
        path: PathBuf,
        lock: PathBuf,
        pid: i32,
    },
    #[error("{}: invalid known-divergence list: {reason}", path.display())]
    KnownDivergences { path: PathBuf, reason: String },
    #[error("{}: cannot read the case: {source}", path.display())]
    CaseUnreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {reason}", path.display())]
    CaseRejected { path: PathBuf, reason: String },
    #[error("{}: {reason}", corpus.display())]
    NothingToRun { corpus: PathBuf, reason: String },
    #[error("cannot start the worker pool: {reason}")]
    Pool { reason: String },
}
