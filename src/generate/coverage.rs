//! What generated programs reach, and how they end on the reference.
//!
//! - Opcodes: each program is compiled with the Ferrous compiler and its bytecode walked
//!   (nested functions included); only instructions of the generated body count, not the
//!   prelude's. This is static reach: the opcode is in code the program runs or skips.
//! - Library functions: the program runs on the reference engine with a wrapper installed
//!   after the prelude around every function of the profile's libraries; a wrapper prints a
//!   marker line the first time its function is called. This is dynamic reach.
//! - Endings: the unmodified program runs on the reference engine: accepted by the parser or
//!   not, finished without an uncaught error or not, out of budget or not.

use super::features::FeatureSet;
use super::{case_for, file_name, from_seed, program_seed, Program};
use crate::engine::Engine;
use crate::engines::reference::ReferenceEngine;
use crate::outcome::{ErrorKind, Outcome, Status};
use ferrous_vm::bytecode::{OpCode, Proto};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Marks the output lines of the coverage wrappers.
const MARKER: &str = "\u{1}coverage ";

/// The libraries whose functions are counted, with the prefix their names get.
const LIBRARIES: &[(&str, &str)] = &[
    ("_G", ""),
    ("string", "string."),
    ("table", "table."),
    ("math", "math."),
    ("coroutine", "coroutine."),
    ("os", "os."),
    ("debug", "debug."),
];

/// Coverage and endings over a set of programs.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    pub programs: usize,
    /// Programs the reference's parser rejected.
    pub syntax_errors: usize,
    /// Programs that ran to the end on the reference.
    pub completed: usize,
    /// Programs that ended with an uncaught runtime error (on purpose or not).
    pub uncaught_errors: usize,
    /// Programs that hit the instruction budget or the memory limit.
    pub out_of_budget: usize,
    /// Programs the reference engine crashed on.
    pub crashes: usize,
    /// For every opcode, the number of programs whose body contains it.
    pub opcodes: BTreeMap<&'static str, usize>,
    /// For every library function of the profile, the number of programs that called it.
    pub functions: BTreeMap<String, usize>,
}

/// Measures the programs of seeds `seed..seed + count` drawn from `allowed`.
pub fn measure(seed: u64, count: u64, allowed: FeatureSet) -> Coverage {
    let mut coverage = Coverage {
        opcodes: (0..OpCode::COUNT as u8)
            .filter_map(OpCode::from_u8)
            .map(|op| (op.name(), 0))
            .collect(),
        functions: profile_functions()
            .into_iter()
            .map(|name| (name, 0))
            .collect(),
        ..Coverage::default()
    };
    let measured: Vec<ProgramCoverage> = (0..count)
        .into_par_iter()
        .map(|index| {
            let program_seed = program_seed(seed, index);
            measure_one(&from_seed(program_seed, allowed), &file_name(program_seed))
        })
        .collect();
    for one in measured {
        coverage.programs += 1;
        match one.ending.status.error_kind() {
            None => coverage.completed += 1,
            Some(ErrorKind::Syntax) => coverage.syntax_errors += 1,
            Some(ErrorKind::Runtime) => coverage.uncaught_errors += 1,
            Some(ErrorKind::Timeout | ErrorKind::Memory) => coverage.out_of_budget += 1,
            Some(ErrorKind::Crash) => coverage.crashes += 1,
        }
        for op in one.opcodes {
            *coverage.opcodes.entry(op).or_default() += 1;
        }
        for function in one.functions {
            *coverage.functions.entry(function).or_default() += 1;
        }
    }
    coverage
}

struct ProgramCoverage {
    ending: Outcome,
    opcodes: Vec<&'static str>,
    functions: Vec<String>,
}

fn measure_one(program: &Program, name: &str) -> ProgramCoverage {
    let engine = ReferenceEngine;
    let ending = engine.run(&case_for(program, name));
    let mut wrapped = program.clone();
    wrapped
        .source
        .insert_str(program.body_start, &wrapper_source());
    let traced = engine.run(&case_for(&wrapped, name));
    let mut functions: Vec<String> = marker_lines(&traced).collect();
    functions.sort();
    functions.dedup();
    ProgramCoverage {
        ending,
        opcodes: body_opcodes(program, name),
        functions,
    }
}

fn marker_lines(outcome: &Outcome) -> impl Iterator<Item = String> + '_ {
    outcome
        .output
        .0
        .split(|&byte| byte == b'\n')
        .filter_map(|line| line.strip_prefix(MARKER.as_bytes()))
        .map(|name| String::from_utf8_lossy(name).into_owned())
}

/// The opcodes in the compiled body of `program` (each once).
fn body_opcodes(program: &Program, name: &str) -> Vec<&'static str> {
    let first_body_line = program.source[..program.body_start].lines().count() as u32 + 1;
    let Ok(proto) = ferrous_vm::compiler::compile(program.source.as_bytes(), name.as_bytes())
    else {
        return Vec::new();
    };
    let mut found = [false; OpCode::COUNT];
    visit(&proto, first_body_line, &mut found);
    (0..OpCode::COUNT as u8)
        .filter(|&index| found[index as usize])
        .filter_map(OpCode::from_u8)
        .map(OpCode::name)
        .collect()
}

fn visit(proto: &Proto, first_body_line: u32, found: &mut [bool; OpCode::COUNT]) {
    for (index, instruction) in proto.code.iter().enumerate() {
        let line = proto.line_info.get(index).copied().unwrap_or(0);
        if line < first_body_line {
            continue;
        }
        if let Some(op) = instruction.opcode() {
            found[op as usize] = true;
        }
    }
    for nested in &proto.protos {
        visit(nested, first_body_line, found);
    }
}

/// Lua code wrapping every library function so that its first call prints a marker line.
fn wrapper_source() -> String {
    let mut source = String::from("do\n  local print, pairs, type = print, pairs, type\n");
    source.push_str("  local seen = {}\n  local function wrap(library, prefix)\n");
    source.push_str("    if type(library) ~= \"table\" then return end\n");
    source.push_str("    for name, f in pairs(library) do\n");
    source.push_str("      if type(f) == \"function\" then\n");
    source.push_str("        local full = prefix .. name\n");
    source.push_str("        library[name] = function(...)\n");
    let _ = writeln!(
        source,
        "          if not seen[full] then seen[full] = true print(\"\\1coverage \" .. full) end"
    );
    source.push_str("          return f(...)\n        end\n      end\n    end\n  end\n");
    // Libraries first: wrapping `_G` replaces the functions the other calls need.
    for (library, prefix) in LIBRARIES.iter().rev() {
        let _ = writeln!(source, "  wrap({library}, \"{prefix}\")");
    }
    source.push_str("end\n");
    source
}

/// Every function of the libraries of the `lua51` profile, as the reference has them.
pub fn profile_functions() -> Vec<String> {
    let mut source = String::from("local names = {}\n");
    for (library, prefix) in LIBRARIES {
        let _ = writeln!(
            source,
            "if type({library}) == \"table\" then for name, f in pairs({library}) do if type(f) == \"function\" then names[#names + 1] = \"{prefix}\" .. name end end end"
        );
    }
    source.push_str("table.sort(names)\nprint(table.concat(names, \"\\n\"))\n");
    let outcome = ReferenceEngine.run(&crate::engine::Case::from_source(
        "profile-functions",
        source.as_bytes(),
    ));
    match outcome.status {
        Status::Ok => outcome
            .output
            .lossy()
            .lines()
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect(),
        Status::Error { .. } => Vec::new(),
    }
}

impl Coverage {
    /// The figures as text.
    pub fn render(&self) -> String {
        let mut text = String::new();
        let share = |count: usize| {
            if self.programs == 0 {
                0.0
            } else {
                100.0 * count as f64 / self.programs as f64
            }
        };
        let _ = writeln!(text, "programs: {}", self.programs);
        let _ = writeln!(
            text,
            "reference parser accepted: {} ({:.2}%)",
            self.programs - self.syntax_errors,
            share(self.programs - self.syntax_errors)
        );
        let _ = writeln!(
            text,
            "ran to completion without an uncaught error: {} ({:.2}%)",
            self.completed,
            share(self.completed)
        );
        let _ = writeln!(
            text,
            "uncaught runtime errors: {} ({:.2}%)",
            self.uncaught_errors,
            share(self.uncaught_errors)
        );
        let _ = writeln!(
            text,
            "hit the instruction budget or memory limit: {}",
            self.out_of_budget
        );
        let _ = writeln!(text, "reference crashes: {}", self.crashes);
        let reached_ops = self.opcodes.values().filter(|&&count| count > 0).count();
        let _ = writeln!(
            text,
            "\nopcodes reached (static, compiled bytecode): {reached_ops}/{}",
            self.opcodes.len()
        );
        for (name, count) in &self.opcodes {
            let _ = writeln!(text, "  {name:<10} {count:>7} programs");
        }
        let reached = self.functions.values().filter(|&&count| count > 0).count();
        let _ = writeln!(
            text,
            "\nlibrary functions reached (wrappers in the reference engine): {reached}/{}",
            self.functions.len()
        );
        let missing: Vec<&str> = self
            .functions
            .iter()
            .filter(|(_, &count)| count == 0)
            .map(|(name, _)| name.as_str())
            .collect();
        if !missing.is_empty() {
            let _ = writeln!(text, "  not reached: {}", missing.join(" "));
        }
        for (name, count) in &self.functions {
            let _ = writeln!(text, "  {name:<22} {count:>7} programs");
        }
        text
    }
}
