//! `just bench`: the Ferrous VM against reference Lua 5.1 (PUC-Rio 5.1.5 through mlua), in the
//! same process and the same run, on the scripts in `benches/lua/` and `vm/benches/gc/`.
//!
//! Each script runs alternately on both engines (ferrous, reference, ferrous, ...); the medians
//! of the runs are compared. The figure that matters is the ratio (Ferrous time / reference
//! time; below 1 is faster), not the absolute times, which depend on the machine and its load.
//! Both engines must print the same output, or the benchmark fails. Results go to stdout and
//! `reports/speed.json`.

use std::path::Path;
use std::time::{Duration, Instant};

use ferrous_reference::{Ending, Profile, ReferenceLua, RunLimits};
use ferrous_vm::{stdlib, Vm};

const RUNS: usize = 5;

struct Timing {
    median: Duration,
    output: Vec<u8>,
}

/// Runs the two engines alternately, `RUNS` times each, so that a change in the machine's load
/// weighs on both alike; returns each engine's median.
fn time_alternating(
    mut ferrous: impl FnMut() -> Result<Vec<u8>, String>,
    mut reference: impl FnMut() -> Result<Vec<u8>, String>,
) -> Result<(Timing, Timing), String> {
    let mut times = [Vec::with_capacity(RUNS), Vec::with_capacity(RUNS)];
    let mut outputs = [Vec::new(), Vec::new()];
    for _ in 0..RUNS {
        for (engine, run_once) in [&mut ferrous as &mut dyn FnMut() -> _, &mut reference]
            .into_iter()
            .enumerate()
        {
            let start = Instant::now();
            outputs[engine] = run_once()?;
            times[engine].push(start.elapsed());
        }
    }
    let [mut ft, mut rt] = times;
    let [fo, ro] = outputs;
    ft.sort();
    rt.sort();
    Ok((
        Timing {
            median: ft[RUNS / 2],
            output: fo,
        },
        Timing {
            median: rt[RUNS / 2],
            output: ro,
        },
    ))
}

fn run_ferrous(source: &[u8], name: &str) -> Result<Vec<u8>, String> {
    let mut vm = Vm::new();
    stdlib::open_lua51(&mut vm);
    vm.capture_output();
    match vm.exec(source, format!("@{name}").as_bytes()) {
        Ok(_) => Ok(vm.take_output()),
        Err(e) => Err(format!("ferrous failed: {:?}", e.kind)),
    }
}

fn run_reference(source: &[u8], name: &str) -> Result<Vec<u8>, String> {
    let lua = ReferenceLua::new(Profile::Lua51)?;
    let limits = RunLimits {
        instructions: u64::MAX,
        memory_bytes: 1 << 30,
    };
    lua.run(
        source,
        &format!("@{name}"),
        &limits,
        |finished| match &finished.ending {
            Ending::Returned(_) => Ok(finished.output.clone()),
            other => Err(format!("reference failed: {other:?}")),
        },
    )
}

fn main() {
    // The speed scripts, plus the allocation programs of `just gc-bench` at their default
    // sizes (that recipe adds their peak memory).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut scripts: Vec<_> = ["benches/lua", "vm/benches/gc"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).expect("benchmark directory exists"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lua"))
        .collect();
    scripts.sort();
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    println!(
        "{:<14} {:>12} {:>12} {:>8}",
        "script", "ferrous ms", "reference ms", "ratio"
    );
    let mut rows = Vec::new();
    let mut log_ratio_sum = 0.0;
    let mut failed = false;
    for path in scripts {
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        let source = std::fs::read(&path).expect("readable script");
        let result = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn({
                let (source, name) = (source.clone(), name.clone());
                move || {
                    time_alternating(
                        || run_ferrous(&source, &name),
                        || run_reference(&source, &name),
                    )
                }
            })
            .expect("spawn")
            .join()
            .expect("benchmark thread");
        match result {
            Ok((ferrous, reference)) => {
                if ferrous.output != reference.output {
                    eprintln!("{name}: the engines printed different output");
                    failed = true;
                }
                let (f, r) = (ferrous.median.as_secs_f64(), reference.median.as_secs_f64());
                let ratio = f / r;
                log_ratio_sum += ratio.ln();
                println!(
                    "{:<14} {:>12.1} {:>12.1} {:>8.2}",
                    name,
                    f * 1e3,
                    r * 1e3,
                    ratio
                );
                rows.push(serde_json::json!({
                    "script": name, "ferrous_ms": f * 1e3, "reference_ms": r * 1e3, "ratio": ratio,
                }));
            }
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
            }
        }
    }
    if !rows.is_empty() {
        let geomean = (log_ratio_sum / rows.len() as f64).exp();
        println!("geometric mean ratio (ferrous / reference): {geomean:.2}");
        let report = serde_json::json!({ "runs_per_engine": RUNS, "scripts": rows, "geomean_ratio": geomean });
        let out = root.join("reports/speed.json");
        let text = serde_json::to_string_pretty(&report).expect("json");
        if let Err(e) = std::fs::write(&out, text + "\n") {
            eprintln!("cannot write {}: {e}", out.display());
        }
    }
    if failed {
        std::process::exit(1);
    }
}
