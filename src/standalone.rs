//! `standalone`: the `ferrous-lua` interpreter against the `lua5.1` binary, for what no
//! in-process profile can compare: the io and os libraries on real files and pipes, C's
//! buffering of standard output against standard error, `arg`, uncaught errors with their
//! tracebacks, and exit codes.
//!
//! Each script runs under both interpreters, each in a fresh scratch folder holding a copy of
//! the script (scripts may create files), with an empty standard input, a clean environment
//! (`TZ=UTC`, `LC_ALL=C`) and standard output and standard error on one pipe, since their
//! interleaving is behaviour too. The combined texts and the exit statuses are compared, after
//! replacing addresses (`0x...`) and the program's own name at the start of a line.

use crate::corpus::{discover, STANDALONE_FOLDER};
use crate::generate::{default_features, write_programs};
use crate::report::write_atomically;
use crate::triage_error::TriageError;
use serde::Serialize;
use similar::TextDiff;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, clap::Args)]
pub struct StandaloneArgs {
    /// Scripts or folders of scripts [default: corpus/standalone, unless --generated].
    pub paths: Vec<PathBuf>,
    /// Also run this many generated programs (the `lua51` features: their uncaught errors,
    /// output and exit statuses through the interpreters).
    #[arg(long, value_name = "N")]
    pub generated: Option<u64>,
    /// Seed of the first generated program.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The reference interpreter.
    #[arg(long, default_value = "lua5.1")]
    pub lua: PathBuf,
    /// The Ferrous interpreter [default: ferrous-lua beside this program].
    #[arg(long)]
    pub ferrous: Option<PathBuf>,
    /// Seconds each interpreter may run a script.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
    /// Where to write the JSON report.
    #[arg(long, default_value = "reports/standalone.json")]
    pub report: PathBuf,
}

#[derive(Debug, Serialize)]
struct Report {
    schema_version: u32,
    lua: String,
    ferrous: String,
    scripts: usize,
    agree: usize,
    divergent: Vec<Divergence>,
}

#[derive(Debug, Serialize)]
struct Divergence {
    script: String,
    lua_status: String,
    ferrous_status: String,
    /// Unified diff of the normalised combined output, lua5.1 first.
    output_diff: String,
}

/// What one interpreter did with a script.
struct Run {
    /// Standard output and standard error as they interleaved, normalised.
    output: String,
    status: String,
}

pub fn run(args: &StandaloneArgs) -> Result<u8, TriageError> {
    let ferrous = match &args.ferrous {
        Some(path) => path.clone(),
        None => std::env::current_exe()
            .map_err(|error| TriageError::Refused(format!("cannot find this program: {error}")))?
            .with_file_name("ferrous-lua"),
    };
    // Both print 5.1's banner: the report names each binary beside it.
    let lua_version = format!("{} ({})", args.lua.display(), version_of(&args.lua)?);
    let ferrous_version = format!("{} ({})", ferrous.display(), version_of(&ferrous)?);
    let scratch = std::env::temp_dir().join(format!("ferrous-standalone-{}", std::process::id()));
    let mut scripts = if args.paths.is_empty() && args.generated.is_some() {
        Vec::new()
    } else {
        scripts_of(&args.paths)?
    };
    if let Some(count) = args.generated {
        let folder = scratch.join("generated");
        let written = write_programs(args.seed, count, default_features(), &folder)
            .map_err(|error| TriageError::file(&folder, error))?;
        scripts.extend(written);
    }
    let timeout = Duration::from_secs(args.timeout.max(1));
    let mut report = Report {
        schema_version: 1,
        lua: lua_version,
        ferrous: ferrous_version,
        scripts: scripts.len(),
        agree: 0,
        divergent: Vec::new(),
    };
    for (index, script) in scripts.iter().enumerate() {
        let folder = scratch.join(index.to_string());
        let reference = run_script(&args.lua, script, &folder.join("lua"), timeout)?;
        let candidate = run_script(&ferrous, script, &folder.join("ferrous"), timeout)?;
        if reference.output == candidate.output && reference.status == candidate.status {
            report.agree += 1;
        } else {
            let output_diff = TextDiff::from_lines(&reference.output, &candidate.output)
                .unified_diff()
                .header("lua5.1", "ferrous-lua")
                .to_string();
            // A generated program lives in the scratch folder: keep it beside the report.
            let kept = match script.strip_prefix(&scratch) {
                Ok(_) => keep_generated(script, &args.report)?,
                Err(_) => script.clone(),
            };
            println!("divergent: {}", kept.display());
            report.divergent.push(Divergence {
                script: kept.display().to_string(),
                lua_status: reference.status,
                ferrous_status: candidate.status,
                output_diff,
            });
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let text = serde_json::to_string_pretty(&report)
        .map_err(|error| TriageError::file(&args.report, error))?;
    if let Some(folder) = args.report.parent() {
        std::fs::create_dir_all(folder).map_err(|error| TriageError::file(folder, error))?;
    }
    write_atomically(&args.report, (text + "\n").as_bytes())
        .map_err(|error| TriageError::file(&args.report, error))?;
    for divergence in &report.divergent {
        println!(
            "\n{} (lua5.1 {}, ferrous-lua {})\n{}",
            divergence.script,
            divergence.lua_status,
            divergence.ferrous_status,
            divergence.output_diff
        );
    }
    println!(
        "standalone: {} scripts, {} agree, {} divergent ({} against {})",
        report.scripts,
        report.agree,
        report.divergent.len(),
        report.ferrous,
        report.lua
    );
    println!("report: {}", args.report.display());
    Ok(u8::from(!report.divergent.is_empty()))
}

/// Copies a divergent generated program into `standalone-generated/` beside the report.
fn keep_generated(script: &Path, report: &Path) -> Result<PathBuf, TriageError> {
    let folder = report
        .parent()
        .unwrap_or(Path::new("."))
        .join("standalone-generated");
    std::fs::create_dir_all(&folder).map_err(|error| TriageError::file(&folder, error))?;
    let kept = folder.join(script.file_name().unwrap_or_default());
    std::fs::copy(script, &kept).map_err(|error| TriageError::file(&kept, error))?;
    Ok(kept)
}

/// The `.lua` files named, or found in the folders named, in order.
fn scripts_of(paths: &[PathBuf]) -> Result<Vec<PathBuf>, TriageError> {
    let default = [Path::new("corpus").join(STANDALONE_FOLDER)];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut scripts = Vec::new();
    for path in paths {
        if path.is_dir() {
            let found = discover(path).map_err(TriageError::from)?;
            scripts.extend(found.iter().map(|relative| path.join(relative)));
        } else if path.is_file() {
            scripts.push(path.clone());
        } else {
            return Err(TriageError::file(path, "no such script or folder"));
        }
    }
    if scripts.is_empty() {
        return Err(TriageError::Refused("no script to run".to_string()));
    }
    Ok(scripts)
}

/// The first line `-v` prints (both interpreters print it on standard error).
fn version_of(interpreter: &Path) -> Result<String, TriageError> {
    let output = Command::new(interpreter)
        .arg("-v")
        .stdin(Stdio::null())
        .output()
        .map_err(|error| {
            TriageError::Refused(format!("cannot run {}: {error}", interpreter.display()))
        })?;
    let text = [output.stdout, output.stderr].concat();
    Ok(String::from_utf8_lossy(&text)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string())
}

fn run_script(
    interpreter: &Path,
    script: &Path,
    folder: &Path,
    timeout: Duration,
) -> Result<Run, TriageError> {
    std::fs::create_dir_all(folder).map_err(|error| TriageError::file(folder, error))?;
    let name = script
        .file_name()
        .ok_or_else(|| TriageError::file(script, "not a file name"))?;
    std::fs::copy(script, folder.join(name)).map_err(|error| TriageError::file(script, error))?;
    let refused = |error: std::io::Error| {
        TriageError::Refused(format!("cannot run {}: {error}", interpreter.display()))
    };
    let (mut reader, writer) = std::io::pipe().map_err(refused)?;
    let mut child = Command::new(interpreter)
        .arg(name)
        .current_dir(folder)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TZ", "UTC")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(writer.try_clone().map_err(refused)?)
        .stderr(writer)
        .spawn()
        .map_err(refused)?;
    // The command holding the pipe's writing ends is gone: reading ends when the script's
    // process (and any child it left behind) closes them.
    let collector = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = reader.read_to_end(&mut bytes);
        bytes
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(refused)? {
            break match status.code() {
                Some(code) => format!("exit {code}"),
                None => "killed by a signal".to_string(),
            };
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break format!("timed out after {} s", timeout.as_secs());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let bytes = collector.join().unwrap_or_default();
    Ok(Run {
        output: normalise(&String::from_utf8_lossy(&bytes)),
        status,
    })
}

/// Addresses become `0x?`, the interpreter's name before its messages `lua:` (a message may
/// start mid-line, after a block of buffered standard output).
fn normalise(text: &str) -> String {
    let named = text
        .replace("lua5.1: ", "lua: ")
        .replace("ferrous-lua: ", "lua: ");
    let mut out = String::with_capacity(named.len());
    let mut rest = named.as_str();
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        out.push_str("0x?");
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn addresses_and_program_names_are_normalised() {
        let text =
            "table: 0x55d1f00a\nlua5.1: x.lua:1: boom\nferrous-lua: y\nsay 0x\nabclua5.1: z\n";
        assert_eq!(
            normalise(text),
            "table: 0x?\nlua: x.lua:1: boom\nlua: y\nsay 0x?\nabclua: z\n"
        );
    }
}
