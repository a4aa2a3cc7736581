//! One run per report: a lock file next to the report (`<report>.lock`, holding the owner's
//! process id) keeps a second run from writing the same report and progress log. The file is
//! removed when the run ends; a lock left by a process that no longer exists is stale and taken
//! over.

use crate::error::BenchError;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A held report lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct ReportLock {
    path: PathBuf,
}

/// Where the lock of the report at `report` goes.
pub fn lock_path(report: &Path) -> PathBuf {
    let mut name = report
        .file_name()
        .map(|name| name.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    report.with_file_name(name)
}

fn process_exists(pid: i32) -> bool {
    // Signal 0 checks for existence; EPERM means it exists under another user.
    // SAFETY: kill with signal 0 sends nothing and only reads the process table.
    let answer = unsafe { libc::kill(pid, 0) };
    answer == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

impl ReportLock {
    /// Takes the lock of `report`, or says which live process holds it.
    pub fn acquire(report: &Path) -> Result<ReportLock, BenchError> {
        let path = lock_path(report);
        let failure = |source: std::io::Error| BenchError::ReportPath {
            path: report.to_path_buf(),
            source,
        };
        // Two attempts: the second after removing a stale lock.
        for _ in 0..2 {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut file) => {
                    writeln!(file, "{}", std::process::id()).map_err(failure)?;
                    return Ok(ReportLock { path });
                }
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                    let owner = std::fs::read_to_string(&path)
                        .ok()
                        .and_then(|text| text.trim().parse::<i32>().ok());
                    match owner {
                        Some(pid) if pid > 0 && process_exists(pid) => {
                            return Err(BenchError::ReportInUse {
                                path: report.to_path_buf(),
                                lock: path,
                                pid,
                            })
                        }
                        // A dead owner, or a lock file without a process id: stale.
                        _ => std::fs::remove_file(&path).map_err(failure)?,
                    }
                }
                Err(error) => return Err(failure(error)),
            }
        }
        Err(failure(std::io::Error::other(format!(
            "{} keeps reappearing",
            path.display()
        ))))
    }

    /// Removes the lock file now (an interrupted run exits without running destructors).
    pub fn release(&self) {
        // Already gone is fine: the lock is released either way.
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Drop for ReportLock {
    fn drop(&mut self) {
        self.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let folder =
            std::env::temp_dir().join(format!("ferrous-lock-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).expect("scratch");
        folder.join("report.json")
    }

    #[test]
    fn a_second_run_is_refused_while_the_first_holds_the_lock() {
        let report = scratch("held");
        let lock = ReportLock::acquire(&report).expect("first");
        let refused = ReportLock::acquire(&report).expect_err("second");
        assert!(
            refused.to_string().contains("in use by process"),
            "{refused}"
        );
        drop(lock);
        assert!(!lock_path(&report).exists());
        ReportLock::acquire(&report).expect("free again");
    }

    #[test]
    fn a_lock_of_a_dead_process_is_taken_over() {
        let report = scratch("stale");
        let mut child = std::process::Command::new("true").spawn().expect("true");
        let pid = child.id();
        child.wait().expect("wait");
        std::fs::write(lock_path(&report), format!("{pid}\n")).expect("stale lock");
        let lock = ReportLock::acquire(&report).expect("stale lock taken over");
        let owner = std::fs::read_to_string(lock_path(&report)).expect("lock");
        assert_eq!(owner.trim(), std::process::id().to_string());
        drop(lock);
    }
}
