//! A Lua 5.1 tokenizer for the reducer: tokens with their byte spans and lines.
//!
//! It follows 5.1's lexical rules (long brackets with levels, `\ddd` escapes, numerals read
//! greedily as `llex.c` does) closely enough to split any script the reference accepts. It does
//! not judge numerals or escapes strictly: the engines are the judges of what a candidate
//! means; the reducer only needs to cut scripts at token boundaries.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind {
    Name(String),
    /// A reserved word (`and`, `break`, ...).
    Keyword(&'static str),
    /// A numeral, as written.
    Number(String),
    /// A string literal: its decoded bytes (the source text is in the token's span).
    String(Vec<u8>),
    /// An operator or punctuation (`+`, `..`, `...`, `==`, `(` ...).
    Symbol(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Range<usize>,
    /// 1-based line of the token's first byte.
    pub line: usize,
}

/// Why a script could not be split into tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    pub line: usize,
    pub message: String,
}

const KEYWORDS: [&str; 21] = [
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in", "local",
    "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
];

/// Symbols, longest first so that `...` wins over `..` and `.`.
const SYMBOLS: [&str; 26] = [
    "...", "..", "==", "~=", "<=", ">=", "+", "-", "*", "/", "%", "^", "#", "<", ">", "=", "(",
    ")", "{", "}", "[", "]", ";", ":", ",", ".",
];

/// Splits `source` into tokens (comments and whitespace dropped).
pub fn tokenize(source: &[u8]) -> Result<Vec<Token>, LexError> {
    let mut lexer = Lexer {
        source,
        position: 0,
        line: 1,
    };
    let mut tokens = Vec::new();
    while let Some(token) = lexer.next_token()? {
        tokens.push(token);
    }
    Ok(tokens)
}

struct Lexer<'a> {
    source: &'a [u8],
    position: usize,
    line: usize,
}

impl Lexer<'_> {
    fn peek(&self, offset: usize) -> Option<u8> {
        self.source.get(self.position + offset).copied()
    }

    fn fail<T>(&self, message: &str) -> Result<T, LexError> {
        Err(LexError {
            line: self.line,
            message: message.to_string(),
        })
    }

    /// Consumes one newline sequence (`\n`, `\r`, `\r\n` or `\n\r`, as 5.1 counts them).
    fn newline(&mut self) {
        let first = self.peek(0);
        self.position += 1;
        let second = self.peek(0);
        if matches!(
            (first, second),
            (Some(b'\n'), Some(b'\r')) | (Some(b'\r'), Some(b'\n'))
        ) {
            self.position += 1;
        }
        self.line += 1;
    }

    fn next_token(&mut self) -> Result<Option<Token>, LexError> {
        loop {
            let Some(byte) = self.peek(0) else {
                return Ok(None);
            };
            match byte {
                b'\n' | b'\r' => self.newline(),
                b' ' | b'\t' | 0x0b | 0x0c => self.position += 1,
                b'-' if self.peek(1) == Some(b'-') => self.comment()?,
                _ => break,
            }
        }
        let start = self.position;
        let line = self.line;
        let byte = self.source[start];
        let kind = if byte.is_ascii_alphabetic() || byte == b'_' {
            let end = start
                + self.source[start..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
            self.position = end;
            let word = String::from_utf8_lossy(&self.source[start..end]).into_owned();
            match KEYWORDS.iter().find(|keyword| **keyword == word) {
                Some(keyword) => TokenKind::Keyword(keyword),
                None => TokenKind::Name(word),
            }
        } else if byte.is_ascii_digit()
            || (byte == b'.' && self.peek(1).is_some_and(|c| c.is_ascii_digit()))
        {
            TokenKind::Number(self.numeral())
        } else if byte == b'"' || byte == b'\'' {
            TokenKind::String(self.short_string(byte)?)
        } else if byte == b'[' && matches!(self.peek(1), Some(b'[' | b'=')) {
            match self.long_bracket()? {
                Some(bytes) => TokenKind::String(bytes),
                // `[=` not followed by a long bracket: 5.1 rejects it.
                None => return self.fail("invalid long string delimiter"),
            }
        } else {
            let rest = &self.source[start..];
            match SYMBOLS
                .iter()
                .find(|symbol| rest.starts_with(symbol.as_bytes()))
            {
                Some(symbol) => {
                    self.position += symbol.len();
                    TokenKind::Symbol(symbol)
                }
                None => return self.fail(&format!("unexpected byte 0x{byte:02x}")),
            }
        };
        Ok(Some(Token {
            kind,
            span: start..self.position,
            line,
        }))
    }

    /// A comment after `--`: a long bracket, or the rest of the line.
    fn comment(&mut self) -> Result<(), LexError> {
        self.position += 2;
        if self.peek(0) == Some(b'[') && self.long_bracket()?.is_some() {
            return Ok(());
        }
        while let Some(byte) = self.peek(0) {
            if byte == b'\n' || byte == b'\r' {
                break;
            }
            self.position += 1;
        }
        Ok(())
    }

    /// A numeral as 5.1's `read_numeral` takes it: digits and points, an exponent with its
    /// sign, then any letters, digits and underscores glued to it.
    fn numeral(&mut self) -> String {
        let start = self.position;
        while self
            .peek(0)
            .is_some_and(|byte| byte.is_ascii_digit() || byte == b'.')
        {
            self.position += 1;
        }
        if matches!(self.peek(0), Some(b'e' | b'E')) {
            self.position += 1;
            if matches!(self.peek(0), Some(b'+' | b'-')) {
                self.position += 1;
            }
        }
        while self
            .peek(0)
            .is_some_and(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
        {
            self.position += 1;
        }
        String::from_utf8_lossy(&self.source[start..self.position]).into_owned()
    }

    fn short_string(&mut self, quote: u8) -> Result<Vec<u8>, LexError> {
        self.position += 1;
        let mut value = Vec::new();
        loop {
            let Some(byte) = self.peek(0) else {
                return self.fail("unfinished string");
            };
            match byte {
                b'\n' | b'\r' => return self.fail("unfinished string"),
                b'\\' => {
                    self.position += 1;
                    let Some(escaped) = self.peek(0) else {
                        return self.fail("unfinished string");
                    };
                    match escaped {
                        b'\n' | b'\r' => {
                            value.push(b'\n');
                            self.newline();
                        }
                        b'0'..=b'9' => {
                            let digits = self.source[self.position..]
                                .iter()
                                .take(3)
                                .take_while(|c| c.is_ascii_digit())
                                .fold(0u32, |number, digit| number * 10 + u32::from(digit - b'0'));
                            let count = self.source[self.position..]
                                .iter()
                                .take(3)
                                .take_while(|c| c.is_ascii_digit())
                                .count();
                            let Ok(code) = u8::try_from(digits) else {
                                return self.fail("escape sequence too large");
                            };
                            value.push(code);
                            self.position += count;
                        }
                        other => {
                            value.push(match other {
                                b'a' => 0x07,
                                b'b' => 0x08,
                                b'f' => 0x0c,
                                b'n' => b'\n',
                                b'r' => b'\r',
                                b't' => b'\t',
                                b'v' => 0x0b,
                                plain => plain,
                            });
                            self.position += 1;
                        }
                    }
                }
                _ if byte == quote => {
                    self.position += 1;
                    return Ok(value);
                }
                _ => {
                    value.push(byte);
                    self.position += 1;
                }
            }
        }
    }

    /// A long bracket `[==[ ... ]==]` starting at the current `[`; `None` (nothing consumed)
    /// when the `[` does not open one.
    fn long_bracket(&mut self) -> Result<Option<Vec<u8>>, LexError> {
        let level = self.source[self.position + 1..]
            .iter()
            .take_while(|c| **c == b'=')
            .count();
        if self.peek(level + 1) != Some(b'[') {
            return Ok(None);
        }
        self.position += level + 2;
        // A newline right after the opening bracket is not part of the string.
        if matches!(self.peek(0), Some(b'\n' | b'\r')) {
            self.newline();
        }
        let mut value = Vec::new();
        loop {
            let Some(byte) = self.peek(0) else {
                return self.fail("unfinished long string or comment");
            };
            match byte {
                b']' if self.source[self.position + 1..]
                    .iter()
                    .take_while(|c| **c == b'=')
                    .count()
                    == level
                    && self.peek(level + 1) == Some(b']') =>
                {
                    self.position += level + 2;
                    return Ok(Some(value));
                }
                b'\n' | b'\r' => {
                    value.push(b'\n');
                    self.newline();
                }
                _ => {
                    value.push(byte);
                    self.position += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<TokenKind> {
        tokenize(source.as_bytes())
            .expect("tokens")
            .into_iter()
            .map(|token| token.kind)
            .collect()
    }

    #[test]
    fn splits_names_numbers_strings_and_symbols() {
        assert_eq!(
            kinds("local x = 0x1F .. 'a\\n\\65' -- note\n...[[long]]"),
            vec![
                TokenKind::Keyword("local"),
                TokenKind::Name("x".into()),
                TokenKind::Symbol("="),
                TokenKind::Number("0x1F".into()),
                TokenKind::Symbol(".."),
                TokenKind::String(b"a\nA".to_vec()),
                TokenKind::Symbol("..."),
                TokenKind::String(b"long".to_vec()),
            ]
        );
    }

    #[test]
    fn long_brackets_have_levels_and_skip_the_first_newline() {
        assert_eq!(
            kinds("--[==[ a ]] ]==] x = [=[\nb]]c]=]"),
            vec![
                TokenKind::Name("x".into()),
                TokenKind::Symbol("="),
                TokenKind::String(b"b]]c".to_vec()),
            ]
        );
    }

    #[test]
    fn lines_are_counted() {
        let tokens = tokenize(b"a\r\nb\n\rc\n[[\n\n]] d").expect("tokens");
        let lines: Vec<usize> = tokens.iter().map(|token| token.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4, 6]);
    }

    #[test]
    fn reports_unfinished_strings() {
        assert!(tokenize(b"x = 'abc").is_err());
        assert!(tokenize(b"x = [[abc").is_err());
        assert!(tokenize(b"x = [=abc").is_err());
        assert!(tokenize(b"x = 'a\\400'").is_err());
    }
}
