//! The command line.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "ferrous-conformance",
    version,
    about = "Differential conformance bench: the Ferrous VM against reference Lua 5.1"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileArg {
    Lua51,
    Redis,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the corpus on two engines, diff the outcomes and write a JSON report.
    ///
    /// Exits 0 when every divergence is known, 1 on a new divergence or any crash, 2 on a usage
    /// error.
    Run {
        /// Folder of `.lua` cases (searched recursively).
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
        /// The two engines to compare, left first.
        #[arg(long, default_value = "ferrous,reference")]
        engines: String,
        /// Library profile of the run; cases asking for another are skipped.
        #[arg(long, value_enum, default_value_t = ProfileArg::Lua51)]
        profile: ProfileArg,
        /// Where to write the JSON report.
        #[arg(long, default_value = "reports/conformance.json")]
        report: PathBuf,
        /// Known-divergence list [default: <corpus>/known-divergences.json].
        #[arg(long)]
        known: Option<PathBuf>,
        /// Cases run in parallel [default: all cores]. In worker processes (the default) the
        /// two engines of a case also run side by side.
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Only run cases whose path or id contains this text.
        #[arg(long)]
        filter: Option<String>,
        /// Seconds after which an engine run is abandoned as a timeout.
        #[arg(long, default_value_t = 10.0)]
        wall_clock: f64,
        /// Run this many generated programs instead of the corpus (with `--profile redis`,
        /// programs calling Redis commands).
        #[arg(long, value_name = "N")]
        generated: Option<u64>,
        /// Seed of the first generated program (program i uses seed + i).
        #[arg(long, default_value_t = 1, requires = "generated")]
        seed: u64,
        /// Where divergent generated programs are saved as `gen-<seed>.lua` [default:
        /// reports/generated], or divergent sweep cases [default: reports/sweep].
        #[arg(long)]
        save_dir: Option<PathBuf>,
        /// Features generated programs draw from, comma-separated [default: all but
        /// debug-library].
        #[arg(long, requires = "generated")]
        features: Option<String>,
        /// Run only part K of N of the cases (corpus cases by a hash of their id, generated
        /// programs by seed range); `merge` puts the N shard reports back together.
        #[arg(long, value_name = "K/N")]
        shard: Option<crate::shard::Shard>,
        /// Run the library-argument sweep instead of the corpus: every library function with
        /// edge values at every parameter position, and pairs of bad arguments. Prints its
        /// coverage; divergent cases are saved to `--save-dir` (default `reports/sweep`).
        #[arg(long, conflicts_with = "generated")]
        sweep: bool,
        /// Only sweep functions whose name contains this text (`string.rep`, `debug.`).
        #[arg(long, requires = "sweep")]
        sweep_filter: Option<String>,
        /// Sweep N random batches of calls (from `--sweep-seed`) instead of the systematic
        /// enumeration.
        #[arg(long, value_name = "N", requires = "sweep")]
        sweep_random: Option<u64>,
        /// Seed of the first random batch (batch i uses seed + i).
        #[arg(long, default_value_t = 1, requires = "sweep_random")]
        sweep_seed: u64,
        /// Run the engines inside the bench process instead of in worker processes: less
        /// overhead, but a run stuck inside C code keeps a core busy until the bench exits,
        /// and an engine that aborts ends the whole run.
        #[arg(long)]
        in_process: bool,
    },
    /// Write generated Lua programs as `gen-<seed>.lua` files, or measure what they cover.
    Generate {
        /// Seed of the first program (program i uses seed + i).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Number of programs.
        #[arg(long, default_value_t = 1)]
        count: u64,
        /// Folder to write the programs into.
        #[arg(long, required_unless_present = "coverage")]
        out: Option<PathBuf>,
        /// Features programs draw from, comma-separated [default: all but debug-library].
        #[arg(long)]
        features: Option<String>,
        /// `redis` writes `EVAL` bodies calling Redis commands (with their case directives).
        #[arg(long, value_enum, default_value_t = ProfileArg::Lua51)]
        profile: ProfileArg,
        /// Print the opcodes (from the compiled bytecode) and library functions (counted by
        /// wrappers in the reference engine) the programs reach, and how they end there.
        #[arg(long)]
        coverage: bool,
        /// Write the cases of the library-argument sweep (`run --sweep`) instead of programs.
        #[arg(long, requires = "out")]
        sweep: bool,
        /// Only functions whose name contains this text.
        #[arg(long, requires = "sweep")]
        sweep_filter: Option<String>,
    },
    /// Run one case on both engines and show the outcomes side by side with a diff.
    ///
    /// Exits 0 when the engines agree, 1 otherwise, 2 on a usage error.
    Show {
        /// The case: a file, a case id as reports print it (`tables/sort`, under --corpus) or
        /// a generated program (`generated/gen-42`, `gen-42`, `42`).
        case: PathBuf,
        /// Corpus root, for the chunk name (`@<path relative to it>`).
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
        /// The two engines to compare, left first.
        #[arg(long, default_value = "ferrous,reference")]
        engines: String,
        /// Seconds after which an engine run is abandoned as a timeout.
        #[arg(long, default_value_t = 10.0)]
        wall_clock: f64,
        /// What the file is: a Lua case, or a cargo-fuzz artifact of the `differential`
        /// target (bytes the generator turns into a program), the `source` target (raw
        /// source), the `redis` or the `bytecode` target [default: from the path, cargo-fuzz's
        /// `artifacts/<target>/...` or ClusterFuzzLite's `<target>-<sanitizer>-crash-...`,
        /// else a Lua case].
        #[arg(long, value_enum)]
        artifact: Option<ArtifactArg>,
    },
    /// Shrink a divergent script to a minimal one with the same divergence signature.
    Reduce(crate::reduce::command::ReduceArgs),
    /// Merge the reports of the shards of one run (`run --shard K/N`) into the report of the
    /// whole run.
    ///
    /// Exits like `run` on the whole run (0 when every divergence is known, 1 on a new divergence
    /// or any crash, 2 on a malformed header), and 2 when the reports do not make up one run.
    Merge(crate::merge::MergeArgs),
    /// Compare two JSON reports: new and fixed buckets, cases that agreed and now diverge.
    ///
    /// Exits 0 without regression, 1 on a regression, 2 on a usage error.
    Compare(crate::compare::CompareArgs),
    /// Record a divergence as known: its minimal script under <corpus>/regressions/ and its
    /// signature with the reason in the known-divergence list.
    Accept(crate::accept::AcceptArgs),
    /// Summarise a night (`just nightly`): buckets, reductions of new buckets, comparison with
    /// the baseline, trends; writes nightly.json, summary.md and report.html into the folder.
    ///
    /// Exits 0 without regression, 1 on a regression, 2 on a usage error.
    Nightly(crate::nightly::NightlyArgs),
    /// The Redis model against a private redis-server over generated command sequences:
    /// replies and final key spaces compared, into a JSON report.
    ///
    /// Exits 0 without difference, 1 on any difference, 2 when the server cannot be used.
    ModelDiff(crate::model_diff::ModelDiffArgs),
    /// The ferrous-lua interpreter against the lua5.1 binary over scripts using the host (io,
    /// os, standard output and error, exit codes): combined outputs and statuses compared.
    ///
    /// Exits 0 when every script agrees, 1 on any divergence, 2 when an interpreter is missing.
    Standalone(crate::standalone::StandaloneArgs),
    /// Run one candidate script (stdin) on both engines and print the finding as JSON: the
    /// reducer's child process.
    #[command(hide = true)]
    Examine(crate::reduce::worker::ExamineArgs),
    /// Serve one engine to a parent bench over stdin and stdout (see `src/workers/`): a worker
    /// process of `run`.
    #[command(hide = true)]
    Worker {
        #[arg(long)]
        engine: String,
    },
}

/// The kinds of fuzz artifacts `show` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArtifactArg {
    Differential,
    Source,
    /// The `redis` target: bytes the generator turns into a redis-profile program.
    Redis,
    /// The `sweep` target: bytes that choose a batch of library calls.
    Sweep,
    /// The `bytecode` target: a seed and mutations, shown as the script that loads the
    /// mutated chunk with `loadstring` and runs it.
    Bytecode,
}
