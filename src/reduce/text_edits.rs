//! Line and token edits, for scripts the parser does not take (or as a last polish).
//!
//! A script is cut into units (lines, or tokens with the line each sits on); an edit removes
//! a run of `chunk` consecutive units, aligned on multiples of `chunk`, as in delta debugging.

use super::lexer::tokenize;

/// What the script is cut into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    Lines,
    Tokens,
}

impl Granularity {
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Lines => "lines",
            Granularity::Tokens => "tokens",
        }
    }
}

/// A piece of a script and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub text: Vec<u8>,
    pub line: usize,
}

/// `source` cut into units; `None` when it cannot be cut into tokens.
pub fn units(source: &[u8], granularity: Granularity) -> Option<Vec<Unit>> {
    match granularity {
        Granularity::Lines => Some(
            source
                .split(|&byte| byte == b'\n')
                .enumerate()
                .map(|(index, line)| Unit {
                    text: line.to_vec(),
                    line: index + 1,
                })
                .collect(),
        ),
        Granularity::Tokens => tokenize(source).ok().map(|tokens| {
            tokens
                .into_iter()
                .map(|token| Unit {
                    text: source[token.span].to_vec(),
                    line: token.line,
                })
                .collect()
        }),
    }
}

/// Puts units back together: lines with newlines; tokens with a space, or a newline where
/// the original moved to another line (Lua reads `f\n(x)` differently from `f (x)`).
pub fn join(units: &[Unit], granularity: Granularity) -> Vec<u8> {
    let mut out = Vec::new();
    for (index, unit) in units.iter().enumerate() {
        if index > 0 {
            let same_line = units[index - 1].line == unit.line;
            out.push(match granularity {
                Granularity::Tokens if same_line => b' ',
                _ => b'\n',
            });
        }
        out.extend_from_slice(&unit.text);
    }
    if !out.is_empty() && out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    out
}

/// `units` without run number `index` of `chunk` units, or `None` past the last run.
pub fn remove_run(units: &[Unit], chunk: usize, index: usize) -> Option<Vec<Unit>> {
    let start = index.checked_mul(chunk)?;
    if start >= units.len() || chunk == 0 {
        return None;
    }
    let end = units.len().min(start + chunk);
    let mut kept = units[..start].to_vec();
    kept.extend_from_slice(&units[end..]);
    Some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_units_rejoin_on_their_lines() {
        let cut = units(b"local x = 1 -- one\nprint(x)", Granularity::Tokens).expect("tokens");
        assert_eq!(cut.len(), 8);
        assert_eq!(
            join(&cut, Granularity::Tokens),
            b"local x = 1\nprint ( x )\n"
        );
        let shorter = remove_run(&cut, 4, 0).expect("first run");
        assert_eq!(join(&shorter, Granularity::Tokens), b"print ( x )\n");
        assert!(remove_run(&cut, 4, 2).is_none());
    }

    #[test]
    fn line_units_keep_bytes() {
        let cut = units(b"a\n\xff\nb", Granularity::Lines).expect("lines");
        assert_eq!(cut.len(), 3);
        let shorter = remove_run(&cut, 1, 1).expect("run");
        assert_eq!(join(&shorter, Granularity::Lines), b"a\nb\n");
        assert!(units(b"x = 'open", Granularity::Tokens).is_none());
    }
}
