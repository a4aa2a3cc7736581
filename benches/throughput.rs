//! `just bench-bench`: how fast the bench itself runs cases (issue 11, "Throughput").
//!
//! Figures, all from one run on this machine:
//! - what one case costs, single-threaded (median and mean microseconds): generating a program,
//!   building a Ferrous VM with its libraries, each engine on a generated program, and the
//!   overhead of a helper thread and of a worker process on an empty case;
//! - the `differential` fuzz check (what the cargo-fuzz target runs per input) on inputs of
//!   the fuzzer's size, per second on one thread;
//! - generated programs through both engines with `--jobs 1` and `--jobs 2`, in process and in
//!   worker processes, per second of wall clock and per CPU-second, and the jobs-2 speed-up.
//!
//! Wall-clock rates depend on the load of the machine, so the load average is printed with
//! them, and the cores each run kept busy; rates per CPU-second (user + system time of the
//! bench and its workers) depend on it much less. Results go to stdout and
//! `reports/throughput.json`.
//!
//! Figures of 2026-12-05 (main ed56a8e; branch tp1 only changes how binary chunks are checked,
//! which generated programs do not load), on the 2-core machine at load 12-14, where per-CPU
//! rates suffer too (other processes' cache traffic, hyperthread siblings):
//! - the `differential` check: 1,073 per CPU-second (inputs up to 256 bytes), 862 (512), 734
//!   (4096); earlier the same day at a lower load 905-1,476 (512);
//! - generated programs per CPU-second: in process 458 (`--jobs 1`) and 499 (`--jobs 2`); in
//!   worker processes 455 and 453. The speed-ups (2.43x in process, 1.33x in workers) only say
//!   what the scheduler gave; at a lower load in-process `--jobs 2` was 1.61-1.83x;
//! - the real libFuzzer target (`cargo +nightly fuzz build -O --sanitizer none
//!   --no-trace-compares differential`; a fresh copy of `fuzz/seed-corpora.sh`'s corpus;
//!   `-max_len=512 -runs=30000 -seed=7`): 438-472 executions per CPU-second (user + system),
//!   and 391-502 for c5b88b4 built and run the same way: no regression since the ~1,000 of the
//!   session before, which came from grown corpora (the seed corpus starts with 628 full
//!   512-byte inputs at ~8 ms each). With `-max_len=256`: 628. Not the target of 1,000.
//!
//! Where one execution of that target goes (perf over 8,000 runs): reference Lua 29% (its
//! parser 10%, a fresh state 3.6%, mlua's full collection before closing the state 1.7%), the
//! Ferrous VM 29% (its compiler 10.6%), libFuzzer's own bookkeeping about 28% (collecting
//! features 21%, the corpus distribution and its logarithms 5%, its memcmp/strcmp hooks 1-4%,
//! which `--no-trace-compares` does not turn off), generating the program 3%, the hand-over to
//! the engine thread and page faults most of the rest. `-entropic=0` did not lower the CPU time
//! per execution. In process, callgrind counts about 10M instructions per generated program;
//! growing and shrinking reference Lua's call-info and value stacks (programs that overflow the
//! stack on purpose) is 5% of them, mostly copies by mimalloc's `realloc` (it moves a block that
//! grows past its size class, or shrinks below half of it; glibc can `mremap` blocks this large).
//!
//! Earlier figures, per CPU-second at load 4-5, before (the system allocator, JSON worker
//! frames) and after (mimalloc without transparent huge pages, raw-byte worker frames):
//! - the `differential` check, inputs up to 512 bytes: 1,542 -> 2,150-2,400 (target 1,000);
//! - generated programs in process, `--jobs 1`: 978 -> 1,180-1,310; in worker processes (what
//!   `run` does by default): 842 (mimalloc alone) -> 1,000-1,050; the worker-process overhead
//!   of an empty case went from ~25 us to ~20 us CPU, of a generated program's run by ~60 us;
//! - the real libFuzzer target (`just fuzz differential 60` from main's grown corpus, same
//!   seed): 536-767 executions per CPU-second with the system allocator, 904-944 with mimalloc.
//!   It runs fewer than this bench's check: the programs libFuzzer keeps cover more and run
//!   longer (the twentieth of a grown corpus that overflows the stack on purpose, up to five
//!   times a snippet, took over a quarter of its time), and libFuzzer's coverage bookkeeping
//!   takes a fifth of each execution.
//!
//! The `--jobs 2` speed-up could not be measured on that machine: other builds left the bench
//! 0.5-1.9 cores, so the ratio swung from 1.03x to 3.04x between runs. Nothing in the run
//! serialises the jobs (engines on per-thread helpers or per-job worker processes, no lock held
//! across a run; the reference's `math.random` is per state): in the one run where the
//! scheduler gave it the cores, in-process `--jobs 2` kept 1.87 cores busy at 2,325 programs
//! per second.

use ferrous_conformance::corpus::Entry;
use ferrous_conformance::engine::{Case, Engine};
use ferrous_conformance::engines::by_name;
use ferrous_conformance::generate::fuzz_checks::FuzzChecks;
use ferrous_conformance::generate::fuzz_input::{
    differential_case, program_from_artifact, MAX_DECISION_BYTES,
};
use ferrous_conformance::generate::{case_for, default_features, file_name, from_seed};
use ferrous_conformance::known::KnownDivergences;
use ferrous_conformance::runner::{run_all, run_guarded};
use ferrous_conformance::workers::process::ProcessEngine;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// mimalloc unless built without the `mimalloc` feature (see `ferrous_conformance::allocator`).
#[global_allocator]
static ALLOCATOR: ferrous_conformance::allocator::Allocator =
    ferrous_conformance::allocator::ALLOCATOR;

const BENCH_BINARY: &str = env!("CARGO_BIN_EXE_ferrous-conformance");
/// Generated programs per measurement of a whole run.
const PROGRAMS: u64 = 2000;
/// Inputs of the fuzz check per input length. Lengths go past the cap of
/// `MAX_DECISION_BYTES`, to show what the cap saves (longer inputs decode as capped ones).
const FUZZ_INPUTS: usize = 1500;

/// Seconds of CPU this process and its reaped children have used (user + system).
fn cpu_seconds() -> f64 {
    let seconds = |who| {
        // SAFETY: getrusage only writes the struct it is given.
        let usage = unsafe {
            let mut usage = std::mem::zeroed::<libc::rusage>();
            libc::getrusage(who, &mut usage);
            usage
        };
        let time = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        time(usage.ru_utime) + time(usage.ru_stime)
    };
    seconds(libc::RUSAGE_SELF) + seconds(libc::RUSAGE_CHILDREN)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".to_string())
}

/// The median wall-clock time of `count` calls and their mean CPU time (of this process and
/// of the children reaped meanwhile), in microseconds.
fn per_call(count: usize, mut call: impl FnMut(usize)) -> (f64, f64) {
    let cpu = cpu_seconds();
    let mut times: Vec<f64> = (0..count)
        .map(|index| {
            let started = Instant::now();
            call(index);
            started.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    let cpu_mean = (cpu_seconds() - cpu) * 1e6 / count as f64;
    times.sort_by(f64::total_cmp);
    (times[count / 2], cpu_mean)
}

struct Report {
    rows: Vec<serde_json::Value>,
}

impl Report {
    fn cost(&mut self, what: &str, (median, cpu): (f64, f64)) {
        println!("  {what:<52} median {median:>8.1} us   CPU {cpu:>8.1} us");
        self.rows
            .push(serde_json::json!({"measure": what, "median_us": median, "cpu_us": cpu}));
    }

    /// A rate per second of wall clock and per CPU-second, with the cores the run kept busy
    /// on average (CPU-seconds per second): with `--jobs 2` on an idle machine, close to 2
    /// unless something serialises the jobs; on a loaded one, what the scheduler gave.
    fn rate(&mut self, what: &str, count: usize, wall: f64, cpu: f64) {
        let (per_second, per_cpu_second) = (count as f64 / wall, count as f64 / cpu.max(1e-9));
        let busy = cpu / wall.max(1e-9);
        println!(
            "  {what:<44} {per_second:>6.0} /s {per_cpu_second:>6.0} per CPU-second, {busy:.2} cores busy (load {})",
            load_average()
        );
        self.rows.push(serde_json::json!({
            "measure": what, "count": count, "per_second": per_second,
            "per_cpu_second": per_cpu_second, "cores_busy": busy,
            "load_average": load_average(),
        }));
    }
}

fn generated_cases(first_seed: u64, count: u64) -> Vec<Case> {
    (first_seed..first_seed + count)
        .map(|seed| case_for(&from_seed(seed, default_features()), &file_name(seed)))
        .collect()
}

/// A pseudo-random fuzzer input of up to `max_len` bytes (xorshift; fixed seed per index).
fn fuzz_input(index: usize, max_len: usize) -> Vec<u8> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ (index as u64).wrapping_mul(0x2545_f491_4f6c_dd1d);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let length = (next() % max_len as u64) as usize;
    (0..length).map(|_| next() as u8).collect()
}

/// Runs `cases` through the engines `make_engines` builds, on `jobs` threads; returns (wall
/// seconds, CPU seconds). The engines are dropped before the CPU time is read, so that their
/// worker processes are reaped and counted.
fn whole_run(
    cases: &[Case],
    make_engines: impl Fn() -> [Arc<dyn Engine>; 2],
    jobs: usize,
) -> (f64, f64) {
    let entries: Vec<Entry> = cases.iter().cloned().map(Entry::Runnable).collect();
    let known = KnownDivergences::default();
    let (cpu, started) = (cpu_seconds(), Instant::now());
    let engines = make_engines();
    let results = run_all(&entries, &engines, &known, jobs, &|_| {}).expect("a pool of threads");
    drop(engines);
    let wall = started.elapsed().as_secs_f64();
    let disagreeing = results
        .iter()
        .filter(|result| !matches!(result.verdict, ferrous_conformance::runner::Verdict::Agree))
        .count();
    if disagreeing > 0 {
        println!("  ({disagreeing} of {} cases did not agree)", results.len());
    }
    (wall, cpu_seconds() - cpu)
}

fn in_workers(name: &str) -> Arc<dyn Engine> {
    let engine = by_name(name).expect("registry engine");
    Arc::new(ProcessEngine::of_registry_engine(
        engine.as_ref(),
        Path::new(BENCH_BINARY),
    ))
}

/// [`per_call`] for runs of the engine `name` in a worker process, over `cases` (2000 runs
/// in all), the worker reaped inside the measurement so that its CPU time counts.
fn in_worker_process(name: &str, cases: &[Arc<Case>]) -> (f64, f64) {
    let mut engine = Some(in_workers(name));
    let runs = 2000.max(cases.len());
    per_call(runs, |index| {
        if let Some(engine) = &engine {
            drop(run_guarded(engine, &cases[index % cases.len()]));
        }
        if index + 1 == runs {
            engine = None;
        }
    })
}

fn main() {
    let mut report = Report { rows: Vec::new() };
    println!(
        "load average at start: {}; allocator: {}",
        load_average(),
        ferrous_conformance::allocator::NAME
    );
    let ferrous: Arc<dyn Engine> = Arc::from(by_name("ferrous").expect("ferrous"));
    let reference: Arc<dyn Engine> = Arc::from(by_name("reference").expect("reference"));
    let cases = generated_cases(1, 500);
    let empty = Arc::new(Case::from_source("empty", b"return"));

    println!("cost of one case, single-threaded:");
    report.cost(
        "generate a program",
        per_call(500, |index| {
            std::hint::black_box(from_seed(index as u64 + 1, default_features()));
        }),
    );
    report.cost(
        "build a Ferrous VM with the lua51 libraries",
        per_call(2000, |_| {
            let mut vm = ferrous_vm::Vm::new();
            ferrous_vm::stdlib::open_lua51(&mut vm);
            std::hint::black_box(vm);
        }),
    );
    report.cost(
        "ferrous: empty case",
        per_call(2000, |_| drop(ferrous.run(&empty))),
    );
    report.cost(
        "reference: empty case",
        per_call(2000, |_| drop(reference.run(&empty))),
    );
    report.cost(
        "ferrous: empty case on a helper thread",
        per_call(2000, |_| drop(run_guarded(&ferrous, &empty))),
    );
    report.cost(
        "ferrous: empty case in a worker process",
        in_worker_process("ferrous", std::slice::from_ref(&empty)),
    );
    report.cost(
        "ferrous: generated program",
        per_call(cases.len(), |index| drop(ferrous.run(&cases[index]))),
    );
    report.cost(
        "reference: generated program",
        per_call(cases.len(), |index| drop(reference.run(&cases[index]))),
    );
    let shared: Vec<Arc<Case>> = cases.iter().cloned().map(Arc::new).collect();
    report.cost(
        "ferrous: generated program in a worker process",
        in_worker_process("ferrous", &shared),
    );
    report.cost(
        "reference: generated program in a worker process",
        in_worker_process("reference", &shared),
    );

    println!("the differential fuzz check, one thread:");
    let known = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/known-divergences.json");
    let checks = FuzzChecks::new(&known).expect("engines and known list");
    for max_len in [256, MAX_DECISION_BYTES, 4096] {
        let inputs: Vec<Case> = (0..FUZZ_INPUTS)
            .map(|index| differential_case(&program_from_artifact(&fuzz_input(index, max_len))))
            .collect();
        let (cpu, started) = (cpu_seconds(), Instant::now());
        for case in &inputs {
            // Divergences are the fuzzer's findings, not this benchmark's business.
            let _ = checks.differential(case);
        }
        let (wall, cpu) = (started.elapsed().as_secs_f64(), cpu_seconds() - cpu);
        report.rate(
            &format!("executions, inputs up to {max_len} bytes"),
            FUZZ_INPUTS,
            wall,
            cpu,
        );
    }

    println!("generated programs through both engines ({PROGRAMS} programs):");
    let programs = generated_cases(1, PROGRAMS);
    let mut jobs_rates = Vec::new();
    for (placement, isolated) in [("in process", false), ("in worker processes", true)] {
        for jobs in [1, 2] {
            let make_engines = || match isolated {
                false => [Arc::clone(&ferrous), Arc::clone(&reference)],
                true => [in_workers("ferrous"), in_workers("reference")],
            };
            let (wall, cpu) = whole_run(&programs, make_engines, jobs);
            report.rate(
                &format!("{placement}, --jobs {jobs}"),
                programs.len(),
                wall,
                cpu,
            );
            jobs_rates.push(programs.len() as f64 / wall);
        }
    }
    for (placement, pair) in ["in process", "in worker processes"]
        .iter()
        .zip(jobs_rates.chunks(2))
    {
        let speedup = pair[1] / pair[0];
        println!("  --jobs 2 / --jobs 1, {placement}: {speedup:.2}x");
        report.rows.push(
            serde_json::json!({"measure": format!("jobs speed-up, {placement}"), "ratio": speedup}),
        );
    }
    println!("load average at end: {}", load_average());

    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/throughput.json");
    let json = serde_json::json!({
        "cores": std::thread::available_parallelism().map_or(1, usize::from),
        "allocator": ferrous_conformance::allocator::NAME,
        "rows": report.rows,
    });
    let text = serde_json::to_string_pretty(&json).expect("json");
    if let Err(error) = std::fs::write(&out, text + "\n") {
        eprintln!("cannot write {}: {error}", out.display());
    }
}
