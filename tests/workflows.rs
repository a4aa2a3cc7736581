//! The CI files are checked here, since nothing else runs them before GitHub does: every
//! workflow parses as YAML with the structure GitHub requires (`on`, `jobs`, each job's
//! `runs-on` and `steps` or a reusable workflow, matrices, `needs`), its actions are pinned, and
//! the recipes, scripts and files it names exist. The ClusterFuzzLite project files agree with
//! the workflows using them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use yaml_rust2::{Yaml, YamlLoader};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn load(path: &Path) -> Yaml {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let mut documents = YamlLoader::load_from_str(&text)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    assert_eq!(documents.len(), 1, "{}: one YAML document", path.display());
    documents.remove(0)
}

fn workflow_files() -> Vec<PathBuf> {
    let folder = Path::new(ROOT).join(".github/workflows");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("workflow folder")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "yml" || ext == "yaml")
        })
        .collect();
    files.sort();
    files
}

fn key<'a>(node: &'a Yaml, name: &str) -> Option<&'a Yaml> {
    let value = &node[name];
    (!value.is_badvalue()).then_some(value)
}

fn text_of(node: &Yaml) -> String {
    match node {
        Yaml::String(text) => text.clone(),
        Yaml::Integer(number) => number.to_string(),
        Yaml::Boolean(value) => value.to_string(),
        Yaml::Array(items) => items.iter().map(text_of).collect::<Vec<_>>().join("\n"),
        Yaml::Hash(map) => map
            .iter()
            .map(|(name, value)| format!("{}: {}", text_of(name), text_of(value)))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

/// Recipe names of the justfile and the files it imports.
fn recipes() -> BTreeSet<String> {
    let root = Path::new(ROOT);
    let mut files = vec![root.join("justfile")];
    let mut names = BTreeSet::new();
    while let Some(file) = files.pop() {
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        for line in text.lines() {
            if let Some(imported) = line.strip_prefix("import ") {
                files.push(root.join(imported.trim().trim_matches('"')));
                continue;
            }
            let starts_recipe = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            let Some((head, _)) = line.split_once(':') else {
                continue;
            };
            if !starts_recipe || line.contains(":=") || head.starts_with("set ") {
                continue;
            }
            if let Some(name) = head.split_whitespace().next() {
                names.insert(name.to_string());
            }
        }
    }
    names
}

/// The recipes `just RECIPE` calls in a shell script.
fn just_calls(script: &str) -> Vec<String> {
    let words: Vec<&str> = script.split_whitespace().collect();
    words
        .windows(2)
        .filter(|pair| pair[0] == "just" && !pair[1].starts_with('-'))
        .map(|pair| pair[1].trim_matches('"').to_string())
        .collect()
}

/// Repository files a script names: words ending like a script or data file, without shell
/// variables or globs in them.
fn named_files(script: &str) -> Vec<String> {
    script
        .split(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == '(' || c == ')')
        .filter(|word| {
            [".sh", ".just", ".json", ".yml", ".yaml", ".toml"]
                .iter()
                .any(|end| word.ends_with(end))
        })
        .filter(|word| !word.contains(['$', '*', '{', '<', '>']))
        .map(str::to_string)
        .collect()
}

/// An action reference is pinned: `owner/repo[/path]@ref` with a tag or commit, not a branch.
fn pinned(action: &str) -> bool {
    if action.starts_with("./") {
        return true;
    }
    let Some((name, reference)) = action.split_once('@') else {
        return false;
    };
    name.split('/').count() >= 2
        && !reference.is_empty()
        && !["main", "master", "HEAD", "latest"].contains(&reference)
}

/// The names `${{ matrix.NAME }}` uses in `text`.
fn matrix_references(text: &str) -> BTreeSet<String> {
    text.match_indices("matrix.")
        .map(|(at, _)| {
            text[at + "matrix.".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

fn check_matrix(file: &str, job_name: &str, job: &Yaml) -> Vec<String> {
    let mut problems = Vec::new();
    let declared: BTreeSet<String> =
        match key(job, "strategy").and_then(|strategy| key(strategy, "matrix")) {
            None => BTreeSet::new(),
            Some(Yaml::Hash(matrix)) => {
                for (name, values) in matrix {
                    match values.as_vec() {
                        Some(values) if !values.is_empty() => {}
                        _ if ["include", "exclude"].contains(&text_of(name).as_str()) => {}
                        _ => problems.push(format!(
                            "{file}: job {job_name}: matrix {} needs a non-empty list",
                            text_of(name)
                        )),
                    }
                }
                matrix.keys().map(text_of).collect()
            }
            Some(_) => {
                problems.push(format!(
                    "{file}: job {job_name}: strategy.matrix must be a mapping"
                ));
                BTreeSet::new()
            }
        };
    let job_text = format!("{job:?}");
    for used in matrix_references(&job_text) {
        if !declared.contains(&used) {
            problems.push(format!(
                "{file}: job {job_name}: matrix.{used} is not in its matrix"
            ));
        }
    }
    problems
}

/// Checks one workflow; returns what is wrong with it.
fn check_workflow(path: &Path, recipes: &BTreeSet<String>) -> Vec<String> {
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let root = Path::new(ROOT);
    let workflow = load(path);
    let mut problems = Vec::new();
    if key(&workflow, "name").and_then(Yaml::as_str).is_none() {
        problems.push(format!("{file}: no name"));
    }
    match key(&workflow, "on") {
        Some(Yaml::Hash(events)) => {
            for (event, settings) in events {
                let event = text_of(event);
                let known = [
                    "push",
                    "pull_request",
                    "schedule",
                    "workflow_dispatch",
                    "workflow_call",
                ];
                if !known.contains(&event.as_str()) {
                    problems.push(format!("{file}: unexpected trigger {event}"));
                }
                if event == "schedule" {
                    for entry in settings.as_vec().into_iter().flatten() {
                        let cron = key(entry, "cron")
                            .and_then(Yaml::as_str)
                            .unwrap_or_default();
                        if cron.split_whitespace().count() != 5 {
                            problems.push(format!("{file}: cron '{cron}' needs 5 fields"));
                        }
                    }
                }
            }
        }
        Some(Yaml::String(_) | Yaml::Array(_)) => {}
        _ => problems.push(format!("{file}: no 'on' triggers")),
    }
    let Some(jobs) = key(&workflow, "jobs")
        .and_then(Yaml::as_hash)
        .filter(|jobs| !jobs.is_empty())
    else {
        problems.push(format!("{file}: no jobs"));
        return problems;
    };
    let job_names: BTreeSet<String> = jobs.keys().map(text_of).collect();
    for (name, job) in jobs {
        let name = text_of(name);
        let needs: Vec<String> = match key(job, "needs") {
            None => Vec::new(),
            Some(Yaml::String(one)) => vec![one.clone()],
            Some(Yaml::Array(many)) => many.iter().map(text_of).collect(),
            Some(_) => vec!["<not a job name>".to_string()],
        };
        for needed in needs {
            if !job_names.contains(&needed) {
                problems.push(format!("{file}: job {name} needs unknown job {needed}"));
            }
        }
        if let Some(called) = key(job, "uses").and_then(Yaml::as_str) {
            // A reusable workflow: it must exist, accept workflow_call and the inputs given.
            let Some(local) = called.strip_prefix("./") else {
                if !pinned(called) {
                    problems.push(format!(
                        "{file}: job {name}: workflow {called} is not pinned"
                    ));
                }
                continue;
            };
            let target = root.join(local);
            if !target.is_file() {
                problems.push(format!("{file}: job {name}: {called} does not exist"));
                continue;
            }
            let inputs = &load(&target)["on"]["workflow_call"]["inputs"];
            if load(&target)["on"]["workflow_call"].is_badvalue() {
                problems.push(format!(
                    "{file}: job {name}: {called} has no workflow_call trigger"
                ));
            }
            for (given, _) in key(job, "with")
                .and_then(Yaml::as_hash)
                .into_iter()
                .flatten()
            {
                if key(inputs, &text_of(given)).is_none() {
                    problems.push(format!(
                        "{file}: job {name}: {called} has no input {}",
                        text_of(given)
                    ));
                }
            }
            continue;
        }
        if key(job, "runs-on").and_then(Yaml::as_str).is_none() {
            problems.push(format!("{file}: job {name} has no runs-on"));
        }
        problems.extend(check_matrix(&file, &name, job));
        let Some(steps) = key(job, "steps")
            .and_then(Yaml::as_vec)
            .filter(|steps| !steps.is_empty())
        else {
            problems.push(format!("{file}: job {name} has no steps"));
            continue;
        };
        for (index, step) in steps.iter().enumerate() {
            let place = format!("{file}: job {name}, step {}", index + 1);
            match (
                key(step, "uses").and_then(Yaml::as_str),
                key(step, "run").and_then(Yaml::as_str),
            ) {
                (Some(action), None) => {
                    if !pinned(action) {
                        problems.push(format!(
                            "{place}: action {action} is not pinned to a tag or commit"
                        ));
                    }
                }
                (None, Some(script)) => {
                    for recipe in just_calls(script) {
                        if !recipes.contains(&recipe) {
                            problems.push(format!("{place}: no just recipe '{recipe}'"));
                        }
                    }
                    for named in named_files(script) {
                        if !root.join(&named).exists() {
                            problems.push(format!("{place}: {named} does not exist"));
                        }
                    }
                }
                _ => problems.push(format!("{place}: needs exactly one of 'uses' and 'run'")),
            }
        }
    }
    problems
}

#[test]
fn every_workflow_is_well_formed() {
    let recipes = recipes();
    assert!(
        recipes.contains("shard") && recipes.contains("nightly"),
        "{recipes:?}"
    );
    let files = workflow_files();
    let names: Vec<String> = files
        .iter()
        .map(|file| file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for expected in [
        "conformance.yml",
        "nightly.yml",
        "cflite_pr.yml",
        "cflite_batch.yml",
    ] {
        assert!(
            names.iter().any(|name| name == expected),
            "{expected} missing from {names:?}"
        );
    }
    let problems: Vec<String> = files
        .iter()
        .flat_map(|file| check_workflow(file, &recipes))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_catches_broken_workflows() {
    let folder = std::env::temp_dir().join(format!("ferrous-workflows-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let broken = folder.join("broken.yml");
    std::fs::write(
        &broken,
        "name: broken\non:\n  pull_request:\njobs:\n  a:\n    needs: b\n    strategy:\n      matrix:\n        x: [1]\n    steps:\n      - uses: actions/checkout@main\n      - run: just no-such-recipe ${{ matrix.y }}\n      - run: scripts/missing.sh\n      - name: nothing\n",
    )
    .unwrap();
    let problems = check_workflow(&broken, &recipes()).join("\n");
    for expected in [
        "needs unknown job b",
        "has no runs-on",
        "matrix.y is not in its matrix",
        "actions/checkout@main is not pinned",
        "no just recipe 'no-such-recipe'",
        "scripts/missing.sh does not exist",
        "needs exactly one of 'uses' and 'run'",
    ] {
        assert!(problems.contains(expected), "{expected}\n{problems}");
    }
    assert!(check_workflow(&broken, &recipes()).len() >= 7);
}

/// The `K/N` values of a job's `shard` matrix, checked to cover 1..N once each.
fn shard_matrix(workflow: &Yaml, job: &str) -> Vec<String> {
    let values: Vec<String> = workflow["jobs"][job]["strategy"]["matrix"]["shard"]
        .as_vec()
        .unwrap_or_else(|| panic!("job {job} has no shard matrix"))
        .iter()
        .map(text_of)
        .collect();
    let parsed: Vec<(u32, u32)> = values
        .iter()
        .map(|value| {
            let (index, count) = value.split_once('/').expect("K/N");
            (index.parse().unwrap(), count.parse().unwrap())
        })
        .collect();
    let count = parsed[0].1;
    let mut indices: Vec<u32> = parsed
        .iter()
        .map(|&(index, of)| {
            assert_eq!(of, count, "one N for every shard: {values:?}");
            index
        })
        .collect();
    indices.sort_unstable();
    assert_eq!(
        indices,
        (1..=count).collect::<Vec<_>>(),
        "shards 1..N once each: {values:?}"
    );
    values
}

#[test]
fn conformance_shards_cover_the_run_and_the_nightly_uses_them() {
    let workflows = Path::new(ROOT).join(".github/workflows");
    let conformance = load(&workflows.join("conformance.yml"));
    let shards = shard_matrix(&conformance, "shard");
    assert!(shards.len() >= 2);
    let shard_script = text_of(&conformance["jobs"]["shard"]["steps"]);
    assert!(
        shard_script.contains("just shard \"${{ matrix.shard }}\""),
        "{shard_script}"
    );
    let page = text_of(&conformance["jobs"]["page"]["steps"]);
    for expected in [
        "just merge-shards",
        "compare reports/baseline.json",
        "nightly --folder",
        "upload-artifact",
    ] {
        assert!(page.contains(expected), "page job lacks {expected}");
    }
    let nightly = load(&workflows.join("nightly.yml"));
    let called = nightly["jobs"]
        .as_hash()
        .unwrap()
        .values()
        .find(|job| job["uses"].as_str() == Some("./.github/workflows/conformance.yml"));
    assert!(called.is_some(), "the nightly runs the conformance shards");
    let night = text_of(&nightly["jobs"]["nightly"]["steps"]);
    assert!(
        night.contains("reports/shards"),
        "the nightly merges the shards: {night}"
    );
}

#[test]
fn clusterfuzzlite_project_matches_its_workflows() {
    let root = Path::new(ROOT);
    let project = load(&root.join(".clusterfuzzlite/project.yaml"));
    let language = project["language"].as_str().expect("project language");
    assert_eq!(language, "rust");
    let dockerfile = std::fs::read_to_string(root.join(".clusterfuzzlite/Dockerfile")).unwrap();
    assert!(
        dockerfile.starts_with("# ")
            && dockerfile.contains("FROM gcr.io/oss-fuzz-base/base-builder-rust")
    );
    assert!(dockerfile.contains("COPY .clusterfuzzlite/build.sh $SRC/"));
    let build = std::fs::read_to_string(root.join(".clusterfuzzlite/build.sh")).unwrap();
    assert!(build.contains("fuzz/Cargo.toml") && build.contains("cargo fuzz build -O"));
    for (file, modes) in [
        ("cflite_build.yml", vec![]),
        ("cflite_pr.yml", vec!["code-change"]),
        ("cflite_batch.yml", vec!["batch", "prune", "coverage"]),
    ] {
        let workflow = load(&root.join(".github/workflows").join(file));
        let mut seen_modes = Vec::new();
        for job in workflow["jobs"].as_hash().unwrap().values() {
            for step in job["steps"].as_vec().unwrap() {
                let action = step["uses"].as_str().unwrap_or_default();
                if action.starts_with("google/clusterfuzzlite/actions/build_fuzzers@") {
                    assert_eq!(step["with"]["language"].as_str(), Some(language), "{file}");
                }
                if action.starts_with("google/clusterfuzzlite/actions/run_fuzzers@") {
                    seen_modes.push(step["with"]["mode"].as_str().unwrap().to_string());
                }
            }
        }
        assert_eq!(seen_modes, modes, "{file}");
    }
}

/// ClusterFuzzLite runs the binaries with nothing but `$OUT`: a target that opened
/// `corpus/known-divergences.json` would find no list there and call every known divergence a
/// crash. build.sh refuses such a target; this says so before a nightly build does.
#[test]
fn fuzz_targets_carry_the_known_list_in_the_binary() {
    let targets = Path::new(ROOT).join("fuzz/fuzz_targets");
    let mut readers = Vec::new();
    for entry in std::fs::read_dir(&targets).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect();
        if code.contains("known-divergences.json") {
            readers.push(path.display().to_string());
        }
        if code.contains("FuzzChecks") {
            assert!(
                code.contains("FuzzChecks::built_in()"),
                "{}",
                path.display()
            );
        }
    }
    assert!(readers.is_empty(), "read the list at run time: {readers:?}");
}

#[test]
fn a_clusterfuzzlite_crash_file_replays_with_show() {
    let folder =
        std::env::temp_dir().join(format!("ferrous-cflite-artifact-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let source = b"local t = {} t[1] = 2 return #t";
    let show = |name: &str| {
        let file = folder.join(name);
        std::fs::write(&file, source).unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_ferrous-conformance"))
            .arg("show")
            .arg(&file)
            .output()
            .expect("binary");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    // As ClusterFuzzLite names a finding of the `source` target: the bytes are the program.
    let replayed = show("source-address-crash-0a1b2c");
    assert!(
        replayed.contains("program (31 bytes)") && replayed.contains("1  local t = {}"),
        "{replayed}"
    );
    // Of the `differential` target: the bytes are the generator's decisions, not the program.
    let generated = show("differential-address-crash-0a1b2c");
    assert!(
        generated.starts_with("program (") && !generated.contains("1  local t = {} t[1]"),
        "{generated}"
    );
}
