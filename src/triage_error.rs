//! Errors of the triage commands (`reduce`, `accept`, `compare`, `nightly`). Like
//! [`BenchError`], they are usage or environment problems: exit code 2.

use crate::error::BenchError;
use crate::reduce::ReduceError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum TriageError {
    #[error(transparent)]
    Bench(#[from] BenchError),
    #[error(transparent)]
    Reduce(#[from] ReduceError),
    #[error("{}: {reason}", path.display())]
    File { path: PathBuf, reason: String },
    #[error("{0}")]
    Refused(String),
}

impl TriageError {
    /// A file that cannot be read, written or understood.
    pub fn file(path: impl Into<PathBuf>, reason: impl ToString) -> TriageError {
        TriageError::File {
            path: path.into(),
            reason: reason.to_string(),
        }
    }
}
