//! The case a command-line argument names (`show`, `reduce`, `accept`): a file path, a case id
//! as reports print it (`tables/sort`, looked up under the corpus), or a generated program
//! (`generated/gen-42`, `gen-42` or `42`: its saved file when a run kept one, else the program
//! of that seed, written out as a run would have).

use crate::error::BenchError;
use crate::generate::{default_features, file_name, write_programs};
use std::path::{Path, PathBuf};

/// Where runs save divergent generated programs (`run --generated` defaults, lua51 and the
/// nightly's redis runs).
const SAVED_GENERATED: [&str; 2] = ["reports/generated", "reports/generated-redis"];

/// The seed a generated case id names: `generated/gen-42`, `gen-42`, `gen-42.lua` or `42`.
fn seed_of(argument: &str) -> Option<u64> {
    let name = argument.strip_prefix("generated/").unwrap_or(argument);
    let name = name.strip_suffix(".lua").unwrap_or(name);
    name.strip_prefix("gen-").unwrap_or(name).parse().ok()
}

/// The file of the case `argument` names, below `corpus` for ids.
pub fn resolve_case(argument: &Path, corpus: &Path) -> Result<PathBuf, BenchError> {
    if argument.is_file() {
        return Ok(argument.to_path_buf());
    }
    let text = argument.to_string_lossy();
    let as_id = corpus.join(format!("{text}.lua"));
    if as_id.is_file() {
        return Ok(as_id);
    }
    let Some(seed) = seed_of(&text) else {
        return Err(unknown(argument, corpus));
    };
    let name = file_name(seed);
    if let Some(saved) = SAVED_GENERATED
        .iter()
        .map(|folder| Path::new(folder).join(&name))
        .find(|path| path.is_file())
    {
        return Ok(saved);
    }
    let folder = Path::new(SAVED_GENERATED[0]);
    let written = write_programs(seed, 1, default_features(), folder).map_err(|source| {
        BenchError::ReportPath {
            path: folder.join(&name),
            source,
        }
    })?;
    written
        .into_iter()
        .next()
        .ok_or_else(|| unknown(argument, corpus))
}

fn unknown(argument: &Path, corpus: &Path) -> BenchError {
    BenchError::CaseRejected {
        path: argument.to_path_buf(),
        reason: format!(
            "no such file, no case with this id under {}, and not a generated program's seed",
            corpus.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_name_their_seed() {
        assert_eq!(seed_of("generated/gen-42"), Some(42));
        assert_eq!(seed_of("gen-7.lua"), Some(7));
        assert_eq!(seed_of("12"), Some(12));
        assert_eq!(seed_of("tables/sort"), None);
    }

    #[test]
    fn ids_are_looked_up_under_the_corpus() {
        let corpus = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"));
        let found = resolve_case(Path::new("tables/length"), corpus).expect("an id");
        assert_eq!(found, corpus.join("tables/length.lua"));
        let error = resolve_case(Path::new("tables/nothing"), corpus).expect_err("unknown");
        assert!(
            error.to_string().contains("no case with this id"),
            "{error}"
        );
    }
}
