//! Which fuzz target a crash file comes from, so `show FILE` replays it without being told:
//! cargo-fuzz keeps findings in `artifacts/<target>/`, ClusterFuzzLite uploads them as
//! `<target>-<sanitizer>-<libFuzzer's name>` (e.g. `source-address-crash-3f2a…`).

use std::path::Path;

/// The sanitizers ClusterFuzzLite builds with, as they appear in its artifact names.
const SANITIZERS: [&str; 4] = ["address", "undefined", "memory", "coverage"];

/// The fuzz target named by `path`'s location or file name, if either follows a fuzzer's
/// naming.
pub fn fuzz_target_of(path: &Path) -> Option<String> {
    let parts: Vec<String> = path
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(pair) = parts.windows(2).find(|pair| pair[0] == "artifacts") {
        return Some(pair[1].clone());
    }
    let name = parts.last()?;
    let (target, rest) = name.split_once('-')?;
    let (sanitizer, finding) = rest.split_once('-')?;
    (!target.is_empty() && SANITIZERS.contains(&sanitizer) && !finding.is_empty())
        .then(|| target.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_fuzz_folders_and_clusterfuzzlite_names() {
        let target = |path: &str| fuzz_target_of(Path::new(path));
        assert_eq!(
            target("fuzz/artifacts/source/crash-12ab").as_deref(),
            Some("source")
        );
        assert_eq!(target("artifacts/redis/oom-9").as_deref(), Some("redis"));
        assert_eq!(
            target("downloads/differential-address-crash-3f2a").as_deref(),
            Some("differential")
        );
        assert_eq!(
            target("source-undefined-timeout-1").as_deref(),
            Some("source")
        );
        assert_eq!(target("corpus/strings/source-code.lua"), None);
        assert_eq!(target("source-address-"), None);
        assert_eq!(target("tests/corpus/basics/arith.lua"), None);
    }
}
