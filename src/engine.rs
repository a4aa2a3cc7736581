//! The engine contract: every engine runs one [`Case`] in a fresh state and returns an
//! [`Outcome`].

use crate::outcome::Outcome;
use std::path::PathBuf;
use std::time::Duration;

/// The library profile a case runs under (the same on every engine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// The Lua 5.1 standard library without what touches the host; `print` captured.
    Lua51,
    /// What Redis 7 gives a script.
    Redis,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Lua51 => "lua51",
            Profile::Redis => "redis",
        }
    }

    pub fn parse(text: &str) -> Option<Profile> {
        match text {
            "lua51" => Some(Profile::Lua51),
            "redis" => Some(Profile::Redis),
            _ => None,
        }
    }
}

/// Resource limits of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Limits {
    /// VM instructions the script may execute; past it the outcome is a `timeout`.
    pub instructions: u64,
    /// Bytes of memory the script may use; past it the outcome is a `memory` error.
    pub memory_bytes: usize,
    /// Real time after which the bench abandons the engine and records a `timeout`.
    pub wall_clock: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            instructions: 20_000_000,
            memory_bytes: 256 << 20,
            wall_clock: Duration::from_secs(10),
        }
    }
}

/// One script to run (serialisable, for engines running in worker processes).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Case {
    /// Path relative to the corpus root without the `.lua` extension, `/`-separated.
    pub id: String,
    /// Where the file is.
    pub path: PathBuf,
    #[serde(with = "source_bytes")]
    pub source: Vec<u8>,
    /// `@` followed by the path relative to the corpus root, so messages read
    /// `tables/sort.lua:3: ...`.
    pub chunk_name: String,
    pub profile: Profile,
    /// Redis `KEYS` and `ARGV` (Redis profile).
    pub keys: Vec<String>,
    pub argv: Vec<String>,
    /// Redis profile: the commands that build the initial data set (`-- @data:`).
    pub redis_data: Vec<Vec<Vec<u8>>>,
    /// The engines the case may run on (`-- @engines:`); `None` for every engine.
    pub engines: Option<Vec<String>>,
    pub limits: Limits,
}

impl Case {
    /// `KEYS` and `ARGV` as the bytes a script receives.
    pub fn keys_and_argv(&self) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
        let bytes = |items: &[String]| items.iter().map(|item| item.as_bytes().to_vec()).collect();
        (bytes(&self.keys), bytes(&self.argv))
    }

    /// A Lua 5.1 case with default limits, for scripts that do not come from a corpus file.
    /// Whether the case may run on the engine called `name`.
    pub fn runs_on(&self, name: &str) -> bool {
        match &self.engines {
            None => true,
            Some(names) => names.iter().any(|allowed| allowed == name),
        }
    }

    pub fn from_source(id: &str, source: &[u8]) -> Case {
        Case {
            id: id.to_string(),
            path: PathBuf::from(format!("{id}.lua")),
            source: source.to_vec(),
            chunk_name: format!("@{id}.lua"),
            profile: Profile::Lua51,
            keys: Vec::new(),
            argv: Vec::new(),
            redis_data: Vec::new(),
            engines: None,
            limits: Limits::default(),
        }
    }
}

/// Case sources in JSON as [`Bytes`] write them: text when they are UTF-8, hex otherwise.
mod source_bytes {
    use crate::outcome::Bytes;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(source: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        Bytes(source.to_vec()).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        Ok(Bytes::deserialize(deserializer)?.0)
    }
}

/// An implementation of Lua that the bench can run cases on.
///
/// `run` must use a fresh state for every call, must not panic on purpose (the runner turns a
/// panic into a `crash` outcome anyway) and should stop by itself at the case's instruction
/// budget and memory limit; the runner's wall-clock guard is the last resort.
pub trait Engine: Send + Sync {
    /// The name used on the command line (`--engines`).
    fn name(&self) -> &str;
    /// Implementation and version, recorded in reports.
    fn version(&self) -> String;
    fn run(&self, case: &Case) -> Outcome;
    /// Whether `run` enforces the case's wall clock itself and contains its own crashes (an
    /// engine in worker processes); the runner then calls it directly instead of on a helper
    /// thread.
    fn guards_itself(&self) -> bool {
        false
    }
    /// Starts `run` on `case` and returns what finishes it. An engine in worker processes
    /// hands the case over and returns at once, so that the two engines of a case run side by
    /// side; any other engine runs the case here. Only for engines that guard themselves.
    fn start_run(&self, case: &Case) -> PendingRun<'_> {
        let outcome = self.run(case);
        Box::new(move || outcome)
    }
}

/// A run started by [`Engine::start_run`]: calling it waits for the outcome.
pub type PendingRun<'a> = Box<dyn FnOnce() -> Outcome + 'a>;
