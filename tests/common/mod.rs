//! Engines made for tests: reference Lua with faults injected on chosen cases, and the Ferrous
//! VM behind a prelude that changes its library on purpose.

// Each test binary uses a different subset of these.
#![allow(dead_code)]

pub mod live_redis;

use ferrous_conformance::engine::{Case, Engine};
use ferrous_conformance::engines::ferrous::FerrousEngine;
use ferrous_conformance::engines::reference::ReferenceEngine;
use ferrous_conformance::outcome::{Bytes, Outcome, Status, Value};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// A fault to inject into one case.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Panic inside the engine.
    Panic,
    /// Sleep this long before answering (past the wall clock on purpose).
    Sleep(Duration),
    /// Spin in Rust this long without answering, like a VM stuck in a loop.
    Spin(Duration),
    /// Add a line to what the script printed.
    ExtraOutput,
    /// Replace the error message.
    Message(&'static str),
    /// Replace the first returned value.
    FirstReturn(Value),
    /// Report success with no values whatever happened.
    AlwaysOk,
    /// Abort the whole process, as C code failing an assertion does.
    Abort,
}

/// Reference Lua, except for the cases listed in `faults` (by case id).
pub struct FaultyEngine {
    pub faults: HashMap<String, Fault>,
}

impl FaultyEngine {
    pub fn new(faults: &[(&str, Fault)]) -> FaultyEngine {
        FaultyEngine {
            faults: faults
                .iter()
                .map(|(id, fault)| (id.to_string(), fault.clone()))
                .collect(),
        }
    }
}

impl Engine for FaultyEngine {
    fn name(&self) -> &str {
        "faulty"
    }

    fn version(&self) -> String {
        "reference with injected faults".to_string()
    }

    fn run(&self, case: &Case) -> Outcome {
        let honest = || ReferenceEngine.run(case);
        match self.faults.get(&case.id) {
            None => honest(),
            Some(Fault::Panic) => panic!("injected fault in {}", case.id),
            Some(Fault::Abort) => std::process::abort(),
            Some(Fault::Sleep(duration)) => {
                std::thread::sleep(*duration);
                honest()
            }
            Some(Fault::Spin(duration)) => {
                let started = Instant::now();
                let mut spins = 0u64;
                while started.elapsed() < *duration {
                    spins = std::hint::black_box(spins.wrapping_add(1));
                }
                honest()
            }
            Some(Fault::ExtraOutput) => {
                let mut outcome = honest();
                outcome.output.0.extend_from_slice(b"extra line\n");
                outcome
            }
            Some(Fault::Message(message)) => {
                let mut outcome = honest();
                if let Status::Error { message: old, .. } = &mut outcome.status {
                    *old = Bytes::from(*message);
                }
                outcome
            }
            Some(Fault::FirstReturn(value)) => {
                let mut outcome = honest();
                if let Some(first) = outcome.returns.first_mut() {
                    *first = value.clone();
                }
                outcome
            }
            Some(Fault::AlwaysOk) => {
                let honest = honest();
                Outcome::returned(Vec::new(), honest.output.0)
            }
        }
    }
}

/// The Ferrous VM set up differently on purpose: `prelude` runs first, on the script's first
/// line (so line numbers stay), and changes the library the script sees.
pub struct PreludeEngine {
    pub prelude: &'static str,
}

impl Engine for PreludeEngine {
    fn name(&self) -> &str {
        "ferrous-prelude"
    }

    fn version(&self) -> String {
        format!("ferrous with prelude {:?}", self.prelude)
    }

    fn run(&self, case: &Case) -> Outcome {
        let mut source = self.prelude.as_bytes().to_vec();
        source.push(b' ');
        source.extend_from_slice(&case.source);
        FerrousEngine.run(&Case {
            source,
            ..case.clone()
        })
    }
}

/// A zero that prints as `-0`: a formatting bug most programs run into.
pub const NEGATIVE_ZERO_PRELUDE: &str =
    "do local plain = tostring; tostring = function(v) if v == 0 then return '-0' end return plain(v) end end";

/// An engine that answers under another engine's name and returns the string `broken` as its
/// first value: a deliberately broken Ferrous VM (or reference) for arbitration tests.
pub struct BrokenEngine {
    pub name: &'static str,
    pub inner: Box<dyn Engine>,
}

impl Engine for BrokenEngine {
    fn name(&self) -> &str {
        self.name
    }

    fn version(&self) -> String {
        format!("{} returning 'broken' first", self.inner.version())
    }

    fn run(&self, case: &Case) -> Outcome {
        let mut outcome = self.inner.run(case);
        match outcome.returns.first_mut() {
            Some(first) => *first = Value::string("broken"),
            None => outcome.returns.push(Value::string("broken")),
        }
        outcome
    }
}
