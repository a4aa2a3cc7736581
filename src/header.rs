//! The case header: leading lines `-- @name: value` that set a case's profile, KEYS/ARGV and
//! limits. Only consecutive lines at the very top that start with `-- @` belong to it; they stay
//! in the source (they are Lua comments), so line numbers are unchanged.
//!
//! Directives: `profile` (`lua51` | `redis`), `budget` (instructions), `memory` (bytes),
//! `keys` and `argv` (space-separated words), `engines` (comma-separated engine names the case
//! may run on), each at most once; and `data` (Redis commands building the initial data set,
//! see [`crate::redis::data_set`]), which may be repeated, its commands adding up in order.

use crate::engine::{Limits, Profile};

/// What a header sets; `None` keeps the bench default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    pub profile: Option<Profile>,
    pub budget: Option<u64>,
    pub memory: Option<usize>,
    pub keys: Option<Vec<String>>,
    pub argv: Option<Vec<String>>,
    pub engines: Option<Vec<String>>,
    /// Commands of the initial Redis data set, in order.
    pub data: Vec<Vec<Vec<u8>>>,
}

impl Header {
    /// Applies the header's limits over `defaults`.
    pub fn limits(&self, defaults: Limits) -> Limits {
        Limits {
            instructions: self.budget.unwrap_or(defaults.instructions),
            memory_bytes: self.memory.unwrap_or(defaults.memory_bytes),
            wall_clock: defaults.wall_clock,
        }
    }
}

/// A header that cannot be used: the 1-based line and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "header line {}: {}", self.line, self.message)
    }
}

const DIRECTIVE_PREFIX: &[u8] = b"-- @";

/// Parses the header of a case's source.
pub fn parse_header(source: &[u8]) -> Result<Header, HeaderError> {
    let mut header = Header::default();
    for (index, raw_line) in source.split(|&byte| byte == b'\n').enumerate() {
        let line_number = index + 1;
        let raw_line = raw_line.strip_suffix(b"\r").unwrap_or(raw_line);
        let Some(directive) = raw_line.strip_prefix(DIRECTIVE_PREFIX) else {
            break;
        };
        let fail = |message: String| HeaderError {
            line: line_number,
            message,
        };
        let directive = std::str::from_utf8(directive)
            .map_err(|_| fail("directive is not valid UTF-8".to_string()))?;
        let (name, value) = directive
            .split_once(':')
            .ok_or_else(|| fail(format!("expected '-- @name: value', got '-- @{directive}'")))?;
        apply(&mut header, name.trim(), value.trim()).map_err(fail)?;
    }
    Ok(header)
}

fn apply(header: &mut Header, name: &str, value: &str) -> Result<(), String> {
    fn set<T>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), String> {
        if slot.is_some() {
            return Err(format!("directive '{name}' appears more than once"));
        }
        *slot = Some(value);
        Ok(())
    }
    fn words(value: &str) -> Vec<String> {
        value.split_whitespace().map(str::to_string).collect()
    }
    match name {
        "profile" => {
            let profile = Profile::parse(value)
                .ok_or_else(|| format!("unknown profile '{value}' (expected lua51 or redis)"))?;
            set(&mut header.profile, name, profile)
        }
        "budget" => {
            let budget = value
                .parse::<u64>()
                .ok()
                .filter(|&budget| budget > 0)
                .ok_or_else(|| format!("budget '{value}' is not a positive whole number"))?;
            set(&mut header.budget, name, budget)
        }
        "memory" => {
            let memory = value
                .parse::<usize>()
                .ok()
                .filter(|&memory| memory > 0)
                .ok_or_else(|| format!("memory '{value}' is not a positive number of bytes"))?;
            set(&mut header.memory, name, memory)
        }
        "keys" => set(&mut header.keys, name, words(value)),
        "argv" => set(&mut header.argv, name, words(value)),
        "engines" => {
            let names: Vec<String> = value
                .split(',')
                .map(|name| name.trim().to_string())
                .filter(|name| !name.is_empty())
                .collect();
            if names.is_empty() {
                return Err("engines needs at least one engine name".to_string());
            }
            // A misspelt name would quietly take the case out of every run.
            let known = crate::engines::ENGINE_NAMES;
            if let Some(unknown) = names.iter().find(|name| !known.contains(&name.as_str())) {
                return Err(format!(
                    "unknown engine '{unknown}' (known engines: {})",
                    known.join(", ")
                ));
            }
            set(&mut header.engines, name, names)
        }
        "data" => {
            let commands = crate::redis::data_set::parse_data_set(value)?;
            header.data.extend(commands);
            Ok(())
        }
        unknown => Err(format!(
            "unknown directive '{unknown}' (known: profile, budget, memory, keys, argv, engines, data)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_directive() {
        let source = b"-- @profile: redis\r\n-- @budget: 5000\n-- @memory: 1048576\n-- @keys: a b\n-- @argv:\nreturn 1\n-- @budget: 1\n";
        let header = parse_header(source).expect("valid header");
        assert_eq!(header.profile, Some(Profile::Redis));
        assert_eq!(header.budget, Some(5000));
        assert_eq!(header.memory, Some(1 << 20));
        assert_eq!(header.keys, Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(header.argv, Some(vec![]));
    }

    #[test]
    fn only_leading_lines_count() {
        let header = parse_header(b"-- a comment\n-- @budget: nonsense\n").expect("no header");
        assert_eq!(header, Header::default());
        assert_eq!(parse_header(b"").expect("empty"), Header::default());
        assert_eq!(
            parse_header(b"\xff\xfe").expect("binary"),
            Header::default()
        );
    }

    #[test]
    fn rejects_bad_directives_with_their_line() {
        let cases: [(&[u8], usize, &str); 7] = [
            (b"-- @colour: red\n", 1, "unknown directive 'colour'"),
            (b"-- @profile: lua52\n", 1, "unknown profile 'lua52'"),
            (b"-- @keys: a\n-- @budget: -3\n", 2, "budget '-3'"),
            (b"-- @memory: lots\n", 1, "memory 'lots'"),
            (b"-- @budget\n", 1, "expected '-- @name: value'"),
            (b"-- @keys: a\n-- @keys: b\n", 2, "more than once"),
            (
                b"-- @engines: ferrous, nosuch\n",
                1,
                "unknown engine 'nosuch'",
            ),
        ];
        for (source, line, fragment) in cases {
            let error = parse_header(source).expect_err("malformed");
            assert_eq!(error.line, line);
            assert!(error.message.contains(fragment), "{}", error.message);
        }
    }

    #[test]
    fn limits_override_defaults() {
        let header = parse_header(b"-- @budget: 10\n").expect("valid");
        let limits = header.limits(Limits::default());
        assert_eq!(limits.instructions, 10);
        assert_eq!(limits.memory_bytes, Limits::default().memory_bytes);
    }
}
