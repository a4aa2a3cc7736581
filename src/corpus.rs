//! Finding and loading the corpus: every `*.lua` file under the corpus folder, in path order.
//!
//! A file that cannot become a case still yields an entry, with the reason: too big, unreadable,
//! a malformed header, or a profile other than the run's.

use crate::engine::{Case, Limits, Profile};
use crate::error::BenchError;
use crate::header::parse_header;
use std::path::{Path, PathBuf};

/// The corpus folder of scripts for the standalone interpreters (`ferrous-conformance
/// standalone`, `corpus/standalone/`): they use the host's io and os, which no profile of `run`
/// has, so a corpus run leaves it out.
pub const STANDALONE_FOLDER: &str = "standalone";

/// Files larger than this are skipped rather than run.
pub const MAX_CASE_BYTES: u64 = 4 << 20;

/// What the bench makes of one corpus file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Runnable(Case),
    /// Not run; why.
    Skipped {
        id: String,
        path: PathBuf,
        reason: String,
    },
    /// The header could not be parsed; the error.
    MalformedHeader {
        id: String,
        path: PathBuf,
        message: String,
    },
}

impl Entry {
    pub fn id(&self) -> &str {
        match self {
            Entry::Runnable(case) => &case.id,
            Entry::Skipped { id, .. } | Entry::MalformedHeader { id, .. } => id,
        }
    }

    pub fn path(&self) -> &Path {
        match self {
            Entry::Runnable(case) => &case.path,
            Entry::Skipped { path, .. } | Entry::MalformedHeader { path, .. } => path,
        }
    }
}

/// How cases are loaded.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// The run's profile: cases asking for another one are skipped.
    pub profile: Profile,
    /// Limits before a header changes them.
    pub limits: Limits,
}

/// The `/`-separated paths (relative to `root`) of every `.lua` file below it, sorted, but for
/// those of a top-level [`STANDALONE_FOLDER`].
///
/// Symbolic links are followed, but a folder reached twice (a link loop, or two links to one
/// folder) is an error, as is a `.lua` entry that is not a readable regular file (a FIFO would
/// block the run, a dangling or looping link would silently drop the case).
pub fn discover(root: &Path) -> Result<Vec<String>, BenchError> {
    let metadata = std::fs::metadata(root).map_err(|source| BenchError::MissingCorpus {
        path: root.to_path_buf(),
        source,
    })?;
    if !metadata.is_dir() {
        return Err(BenchError::MissingCorpus {
            path: root.to_path_buf(),
            source: std::io::Error::other("not a folder"),
        });
    }
    let unreadable = |path: &Path, source: std::io::Error| BenchError::CorpusUnreadable {
        path: path.to_path_buf(),
        source,
    };
    let mut visited = std::collections::HashSet::new();
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let folder = root.join(&relative);
        let canonical = folder
            .canonicalize()
            .map_err(|source| unreadable(&folder, source))?;
        if !visited.insert(canonical.clone()) {
            return Err(unreadable(
                &folder,
                std::io::Error::other(format!(
                    "folder {} is reached a second time through a symbolic link",
                    canonical.display()
                )),
            ));
        }
        let listing = std::fs::read_dir(&folder).map_err(|source| unreadable(&folder, source))?;
        for item in listing {
            let item = item.map_err(|source| unreadable(&folder, source))?;
            let name = item.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let child = relative.join(&name);
            let target = std::fs::metadata(item.path());
            if target.as_ref().is_ok_and(|meta| meta.is_dir()) {
                if relative.as_os_str().is_empty() && name == STANDALONE_FOLDER {
                    continue;
                }
                pending.push(child);
            } else if name.ends_with(".lua") {
                match target {
                    Ok(meta) if meta.is_file() => found.push(slash_path(&child)),
                    Ok(_) => {
                        return Err(unreadable(
                            &item.path(),
                            std::io::Error::other("not a regular file"),
                        ))
                    }
                    Err(source) => return Err(unreadable(&item.path(), source)),
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

fn slash_path(relative: &Path) -> String {
    relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The case id of a `/`-separated relative path: the path without `.lua`.
pub fn case_id(relative: &str) -> String {
    relative
        .strip_suffix(".lua")
        .unwrap_or(relative)
        .to_string()
}

/// The first folder of a case id (`.` for files at the corpus root), for per-folder summaries.
pub fn folder_of(id: &str) -> &str {
    id.split_once('/').map_or(".", |(folder, _)| folder)
}

/// Loads the corpus file at `relative` (as returned by [`discover`]).
pub fn load(root: &Path, relative: &str, options: &LoadOptions) -> Entry {
    let path = root.join(relative);
    let id = case_id(relative);
    let skipped = |reason: String| Entry::Skipped {
        id: id.clone(),
        path: path.clone(),
        reason,
    };
    match std::fs::metadata(&path) {
        Ok(meta) if meta.len() > MAX_CASE_BYTES => {
            return skipped(format!(
                "file is {} bytes, over the {} byte limit",
                meta.len(),
                MAX_CASE_BYTES
            ))
        }
        Ok(_) => {}
        Err(error) => return skipped(format!("cannot read the file: {error}")),
    }
    let source = match std::fs::read(&path) {
        Ok(source) => source,
        Err(error) => return skipped(format!("cannot read the file: {error}")),
    };
    let header = match parse_header(&source) {
        Ok(header) => header,
        Err(error) => {
            return Entry::MalformedHeader {
                id,
                path,
                message: error.to_string(),
            }
        }
    };
    let profile = header.profile.unwrap_or(Profile::Lua51);
    if profile != options.profile {
        return skipped(format!(
            "case needs the {} profile; this run uses {}",
            profile.name(),
            options.profile.name()
        ));
    }
    Entry::Runnable(Case {
        id: id.clone(),
        chunk_name: format!("@{relative}"),
        path: path.clone(),
        source,
        profile,
        keys: header.keys.clone().unwrap_or_default(),
        argv: header.argv.clone().unwrap_or_default(),
        redis_data: header.data.clone(),
        engines: header.engines.clone(),
        limits: header.limits(options.limits),
    })
}

/// Loads one file given on the command line; the chunk name is its path relative to
/// `corpus_root` when it lies below it, its file name otherwise.
pub fn load_single(
    path: &Path,
    corpus_root: &Path,
    options: &LoadOptions,
) -> Result<Case, BenchError> {
    let canonical = path
        .canonicalize()
        .map_err(|source| BenchError::CaseUnreadable {
            path: path.to_path_buf(),
            source,
        })?;
    let below_root = corpus_root
        .canonicalize()
        .ok()
        .and_then(|root| canonical.strip_prefix(&root).ok().map(slash_path));
    let (root, relative) = match below_root {
        Some(relative) => (corpus_root.to_path_buf(), relative),
        None => {
            let parent = canonical
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let name = canonical
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            (parent, name)
        }
    };
    match load(&root, &relative, options) {
        Entry::Runnable(mut case) => {
            case.path = path.to_path_buf();
            Ok(case)
        }
        Entry::Skipped { reason, .. } => Err(BenchError::CaseRejected {
            path: path.to_path_buf(),
            reason,
        }),
        Entry::MalformedHeader { message, .. } => Err(BenchError::CaseRejected {
            path: path.to_path_buf(),
            reason: message,
        }),
    }
}

/// Loads one file given on the command line under the profile its header asks for (`lua51`
/// without one), as `show`, `reduce` and `accept` do.
pub fn load_named(path: &Path, corpus_root: &Path, limits: Limits) -> Result<Case, BenchError> {
    let source = std::fs::read(path).map_err(|source| BenchError::CaseUnreadable {
        path: path.to_path_buf(),
        source,
    })?;
    let header = parse_header(&source).map_err(|error| BenchError::CaseRejected {
        path: path.to_path_buf(),
        reason: error.to_string(),
    })?;
    let options = LoadOptions {
        profile: header.profile.unwrap_or(Profile::Lua51),
        limits,
    };
    load_single(path, corpus_root, &options)
}
