//! The Lua 5.1 scanner: turns source bytes into tokens, the way PUC-Rio's `llex.c` does.
//!
//! Error messages quote the offending token the way 5.1 does, which needs the scanner's
//! raw text buffer (5.1 quotes "the bytes it was accumulating", decoded escapes included),
//! so the buffer is kept exactly as 5.1 fills it rather than rebuilt from the token.

use std::rc::Rc;

use super::SyntaxError;
use crate::number::{is_c_space, parse_number};

/// A token. Single-byte tokens (operators, punctuation, and any other byte) are `Char`.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    Char(u8),
    And,
    Break,
    Do,
    Else,
    Elseif,
    End,
    False,
    For,
    Function,
    If,
    In,
    Local,
    Nil,
    Not,
    Or,
    Repeat,
    Return,
    Then,
    True,
    Until,
    While,
    Concat,
    Dots,
    Eq,
    Ge,
    Le,
    Ne,
    Number(f64),
    Name(Rc<[u8]>),
    String(Rc<[u8]>),
    Eos,
}

impl Token {
    /// How 5.1's `luaX_token2str` spells the token in messages.
    pub fn spelling(&self) -> Vec<u8> {
        let text: &str = match self {
            Token::Char(c) => {
                return if c.is_ascii_control() {
                    format!("char({})", c).into_bytes()
                } else {
                    vec![*c]
                };
            }
            Token::And => "and",
            Token::Break => "break",
            Token::Do => "do",
            Token::Else => "else",
            Token::Elseif => "elseif",
            Token::End => "end",
            Token::False => "false",
            Token::For => "for",
            Token::Function => "function",
            Token::If => "if",
            Token::In => "in",
            Token::Local => "local",
            Token::Nil => "nil",
            Token::Not => "not",
            Token::Or => "or",
            Token::Repeat => "repeat",
            Token::Return => "return",
            Token::Then => "then",
            Token::True => "true",
            Token::Until => "until",
            Token::While => "while",
            Token::Concat => "..",
            Token::Dots => "...",
            Token::Eq => "==",
            Token::Ge => ">=",
            Token::Le => "<=",
            Token::Ne => "~=",
            Token::Number(_) => "<number>",
            Token::Name(_) => "<name>",
            Token::String(_) => "<string>",
            Token::Eos => "<eof>",
        };
        text.as_bytes().to_vec()
    }

    /// True for tokens whose message text is the scanned source text, not a fixed spelling.
    fn quotes_buffer(&self) -> bool {
        matches!(self, Token::Name(_) | Token::String(_) | Token::Number(_))
    }
}

fn reserved_word(word: &[u8]) -> Option<Token> {
    Some(match word {
        b"and" => Token::And,
        b"break" => Token::Break,
        b"do" => Token::Do,
        b"else" => Token::Else,
        b"elseif" => Token::Elseif,
        b"end" => Token::End,
        b"false" => Token::False,
        b"for" => Token::For,
        b"function" => Token::Function,
        b"if" => Token::If,
        b"in" => Token::In,
        b"local" => Token::Local,
        b"nil" => Token::Nil,
        b"not" => Token::Not,
        b"or" => Token::Or,
        b"repeat" => Token::Repeat,
        b"return" => Token::Return,
        b"then" => Token::Then,
        b"true" => Token::True,
        b"until" => Token::Until,
        b"while" => Token::While,
        _ => return None,
    })
}

/// End of input marker for `current` (5.1's `EOZ`).
const EOZ: i32 = -1;

/// What the "near" part of an error message quotes.
pub enum Near<'t> {
    /// No "near" part at all (5.1 passes token 0).
    Nothing,
    Token(&'t Token),
}

/// Where the lexer's bytes come from: a whole buffer, or a reader handing out pieces on
/// demand (`lua_load`'s reader: the parser reads no further than it needs, so a syntax error
/// stops the reading).
pub enum Input<'s> {
    Bytes(&'s [u8]),
    Pieces {
        piece: Vec<u8>,
        /// The next piece; `None` (or an empty piece) ends the input.
        next: &'s mut dyn FnMut() -> Option<Vec<u8>>,
        ended: bool,
    },
}

pub struct Lexer<'s> {
    input: Input<'s>,
    /// Index (in the buffer or the current piece) of the byte after `current`.
    position: usize,
    /// The byte under the cursor, or `EOZ`.
    current: i32,
    /// The text of the token being scanned, as 5.1's `ls->buff`.
    buffer: Vec<u8>,
    pub line: u32,
    /// Line of the last token consumed (5.1's `lastline`): instructions get this line.
    pub last_line: u32,
    pub token: Token,
    lookahead: Option<Token>,
    chunk_id: Vec<u8>,
    names: NameTable,
}

/// The names scanned so far, so that every occurrence of a name shares one allocation (5.1
/// interns them as strings).
#[derive(Default)]
struct NameTable(foldhash::HashSet<Rc<[u8]>>);

impl NameTable {
    fn intern(&mut self, name: &[u8]) -> Rc<[u8]> {
        if let Some(known) = self.0.get(name) {
            return known.clone();
        }
        let name: Rc<[u8]> = Rc::from(name);
        self.0.insert(name.clone());
        name
    }
}

impl<'s> Lexer<'s> {
    pub fn new(input: Input<'s>, chunk_id: Vec<u8>) -> Lexer<'s> {
        let mut lexer = Lexer {
            input,
            position: 0,
            current: EOZ,
            buffer: Vec::new(),
            line: 1,
            last_line: 1,
            token: Token::Eos,
            lookahead: None,
            chunk_id,
            names: NameTable::default(),
        };
        lexer.advance();
        lexer
    }

    /// Builds `<chunk>:<line>: <message> near '<token>'` (5.1's `luaX_lexerror`).
    pub fn error(&self, message: &[u8], near: Near<'_>) -> SyntaxError {
        let mut text = self.chunk_id.clone();
        text.extend_from_slice(format!(":{}: ", self.line).as_bytes());
        text.extend_from_slice(message);
        match near {
            // 5.1 omits the "near" part for token number 0, which is a NUL byte.
            Near::Nothing | Near::Token(Token::Char(0)) => {}
            Near::Token(token) => {
                let quoted = if token.quotes_buffer() {
                    // 5.1 prints the buffer as a C string: it stops at the first NUL byte.
                    let end = self
                        .buffer
                        .iter()
                        .position(|&b| b == 0)
                        .unwrap_or(self.buffer.len());
                    self.buffer[..end].to_vec()
                } else {
                    token.spelling()
                };
                text.extend_from_slice(b" near '");
                text.extend_from_slice(&quoted);
                text.push(b'\'');
            }
        }
        SyntaxError { message: text }
    }

    /// A syntax error about the current token (5.1's `luaX_syntaxerror`).
    pub fn syntax_error(&self, message: &[u8]) -> SyntaxError {
        self.error(message, Near::Token(&self.token))
    }

    /// Moves to the next token (5.1's `luaX_next`).
    pub fn next(&mut self) -> Result<(), SyntaxError> {
        self.last_line = self.line;
        self.token = match self.lookahead.take() {
            Some(token) => token,
            None => self.scan()?,
        };
        Ok(())
    }

    /// Scans the token after the current one without consuming it.
    pub fn peek(&mut self) -> Result<&Token, SyntaxError> {
        if self.lookahead.is_none() {
            let token = self.scan()?;
            self.lookahead = Some(token);
        }
        Ok(self.lookahead.get_or_insert(Token::Eos))
    }

    #[inline(always)]
    fn advance(&mut self) {
        // Whole sources (every `loadstring`, every script) take this path; a reader's pieces
        // go through `next_byte`.
        if let Input::Bytes(source) = self.input {
            if let Some(&byte) = source.get(self.position) {
                self.position += 1;
                self.current = i32::from(byte);
                return;
            }
        }
        self.advance_slowly();
    }

    #[inline(never)]
    fn advance_slowly(&mut self) {
        self.current = match self.next_byte() {
            Some(byte) => i32::from(byte),
            None => EOZ,
        };
    }

    fn next_byte(&mut self) -> Option<u8> {
        match &mut self.input {
            Input::Bytes(source) => {
                let byte = source.get(self.position).copied()?;
                self.position += 1;
                Some(byte)
            }
            Input::Pieces { piece, next, ended } => {
                while self.position >= piece.len() {
                    if *ended {
                        return None;
                    }
                    match next() {
                        Some(more) if !more.is_empty() => {
                            *piece = more;
                            self.position = 0;
                        }
                        _ => {
                            *ended = true;
                            return None;
                        }
                    }
                }
                self.position += 1;
                Some(piece[self.position - 1])
            }
        }
    }

    fn save(&mut self, byte: u8) {
        self.buffer.push(byte);
    }

    fn save_and_advance(&mut self) {
        if self.current != EOZ {
            self.save(self.current as u8);
        }
        self.advance();
    }

    fn current_is(&self, byte: u8) -> bool {
        self.current == i32::from(byte)
    }

    fn current_byte(&self) -> Option<u8> {
        u8::try_from(self.current).ok()
    }

    fn current_is_newline(&self) -> bool {
        self.current_is(b'\n') || self.current_is(b'\r')
    }

    /// 5.1's `check_next`: consumes the current byte when it is in `set`. 5.1 tests with
    /// `strchr`, which also "finds" a NUL byte (the set's terminator), so NUL always matches.
    fn check_next(&mut self, set: &[u8]) -> bool {
        match self.current_byte() {
            Some(byte) if byte == 0 || set.contains(&byte) => {
                self.save_and_advance();
                true
            }
            _ => false,
        }
    }

    /// Skips `\n`, `\r`, `\n\r` or `\r\n` and counts one line.
    fn increment_line(&mut self) -> Result<(), SyntaxError> {
        let first = self.current;
        self.advance();
        if self.current_is_newline() && self.current != first {
            self.advance();
        }
        self.line += 1;
        if self.line >= i32::MAX as u32 {
            return Err(self.syntax_error(b"chunk has too many lines"));
        }
        Ok(())
    }

    fn scan(&mut self) -> Result<Token, SyntaxError> {
        self.buffer.clear();
        loop {
            let Some(byte) = self.current_byte() else {
                return Ok(Token::Eos);
            };
            match byte {
                b'\n' | b'\r' => self.increment_line()?,
                b'-' => {
                    self.advance();
                    if !self.current_is(b'-') {
                        return Ok(Token::Char(b'-'));
                    }
                    self.advance();
                    if self.current_is(b'[') {
                        let level = self.skip_separator();
                        self.buffer.clear();
                        if let Some(level) = level {
                            self.read_long_string(level, false)?;
                            self.buffer.clear();
                            continue;
                        }
                    }
                    while !self.current_is_newline() && self.current != EOZ {
                        self.advance();
                    }
                }
                b'[' => {
                    let separator = self.scan_separator();
                    match separator {
                        Separator::Level(level) => return self.read_long_string(level, true),
                        Separator::Bracket => return Ok(Token::Char(b'[')),
                        Separator::Invalid => {
                            return Err(self.error(
                                b"invalid long string delimiter",
                                Near::Token(&Token::String(Rc::from(&b""[..]))),
                            ))
                        }
                    }
                }
                b'=' => return Ok(self.one_or_two(b'=', Token::Eq)),
                b'<' => return Ok(self.one_or_two(b'<', Token::Le)),
                b'>' => return Ok(self.one_or_two(b'>', Token::Ge)),
                b'~' => return Ok(self.one_or_two(b'~', Token::Ne)),
                b'"' | b'\'' => return self.read_string(byte),
                b'.' => {
                    self.save_and_advance();
                    if self.check_next(b".") {
                        if self.check_next(b".") {
                            return Ok(Token::Dots);
                        }
                        return Ok(Token::Concat);
                    }
                    if !self.current_byte().is_some_and(|b| b.is_ascii_digit()) {
                        return Ok(Token::Char(b'.'));
                    }
                    return self.read_numeral();
                }
                _ if is_c_space(byte) => self.advance(),
                _ if byte.is_ascii_digit() => return self.read_numeral(),
                _ if byte.is_ascii_alphabetic() || byte == b'_' => {
                    self.save_name_bytes();
                    return Ok(match reserved_word(&self.buffer) {
                        Some(word) => word,
                        None => Token::Name(self.names.intern(&self.buffer)),
                    });
                }
                _ => {
                    self.advance();
                    return Ok(Token::Char(byte));
                }
            }
        }
    }

    /// Saves the name under the cursor (letters, digits, `_`) into the buffer.
    fn save_name_bytes(&mut self) {
        let is_name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
        if let Input::Bytes(source) = self.input {
            // The name is the current byte and the run of name bytes after it, copied at once.
            let rest = &source[self.position..];
            let length = rest
                .iter()
                .position(|b| !is_name_byte(b))
                .unwrap_or(rest.len());
            self.buffer.push(self.current as u8);
            self.buffer.extend_from_slice(&rest[..length]);
            self.position += length;
            self.advance();
            return;
        }
        while self.current_byte().is_some_and(|b| is_name_byte(&b)) {
            self.save_and_advance();
        }
    }

    /// `first` alone, or `double` when followed by `=`.
    fn one_or_two(&mut self, first: u8, double: Token) -> Token {
        self.advance();
        if self.current_is(b'=') {
            self.advance();
            double
        } else {
            Token::Char(first)
        }
    }

    /// Reads `[` or `]` followed by `=`s; `Some(level)` when the same bracket follows.
    fn skip_separator(&mut self) -> Option<usize> {
        match self.scan_separator() {
            Separator::Level(level) => Some(level),
            _ => None,
        }
    }

    fn scan_separator(&mut self) -> Separator {
        let bracket = self.current;
        self.save_and_advance();
        let mut count = 0;
        while self.current_is(b'=') {
            self.save_and_advance();
            count += 1;
        }
        if self.current == bracket {
            Separator::Level(count)
        } else if count == 0 {
            Separator::Bracket
        } else {
            Separator::Invalid
        }
    }

    /// Reads a long string or, when `keep` is false, a long comment.
    fn read_long_string(&mut self, level: usize, keep: bool) -> Result<Token, SyntaxError> {
        self.save_and_advance();
        if self.current_is_newline() {
            self.increment_line()?;
        }
        loop {
            let Some(byte) = self.current_byte() else {
                let message: &[u8] = if keep {
                    b"unfinished long string"
                } else {
                    b"unfinished long comment"
                };
                return Err(self.error(message, Near::Token(&Token::Eos)));
            };
            match byte {
                b'[' => {
                    if self.skip_separator() == Some(level) {
                        self.save_and_advance();
                        // 5.1 (LUA_COMPAT_LSTR == 1) refuses nested level-0 brackets.
                        if level == 0 {
                            return Err(self.error(
                                b"nesting of [[...]] is deprecated",
                                Near::Token(&Token::Char(b'[')),
                            ));
                        }
                    }
                }
                b']' => {
                    if self.skip_separator() == Some(level) {
                        self.save_and_advance();
                        break;
                    }
                }
                b'\n' | b'\r' => {
                    self.save(b'\n');
                    self.increment_line()?;
                    if !keep {
                        self.buffer.clear();
                    }
                }
                _ => {
                    if keep {
                        self.save_and_advance();
                    } else {
                        self.advance();
                    }
                }
            }
        }
        if !keep {
            // A comment has no value (and its text was not kept).
            return Ok(Token::Eos);
        }
        let delimiter = 2 + level;
        let contents = &self.buffer[delimiter..self.buffer.len() - delimiter];
        Ok(Token::String(Rc::from(contents)))
    }

    fn read_string(&mut self, delimiter: u8) -> Result<Token, SyntaxError> {
        self.save_and_advance();
        while !self.current_is(delimiter) {
            let Some(byte) = self.current_byte() else {
                return Err(self.error(b"unfinished string", Near::Token(&Token::Eos)));
            };
            match byte {
                b'\n' | b'\r' => {
                    return Err(self.error(
                        b"unfinished string",
                        Near::Token(&Token::String(Rc::from(&b""[..]))),
                    ))
                }
                b'\\' => self.read_escape()?,
                _ => self.save_and_advance(),
            }
        }
        self.save_and_advance();
        let contents = &self.buffer[1..self.buffer.len() - 1];
        Ok(Token::String(Rc::from(contents)))
    }

    /// Decodes one escape sequence; the backslash is under the cursor.
    fn read_escape(&mut self) -> Result<(), SyntaxError> {
        self.advance();
        let Some(byte) = self.current_byte() else {
            // The string loop reports the unfinished string.
            return Ok(());
        };
        let decoded = match byte {
            b'a' => 0x07,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 0x0b,
            b'\n' | b'\r' => {
                self.save(b'\n');
                return self.increment_line();
            }
            b'0'..=b'9' => {
                let mut value: u32 = 0;
                let mut digits = 0;
                while digits < 3 {
                    match self.current_byte() {
                        Some(d) if d.is_ascii_digit() => {
                            value = value * 10 + u32::from(d - b'0');
                            self.advance();
                            digits += 1;
                        }
                        _ => break,
                    }
                }
                let Ok(value) = u8::try_from(value) else {
                    return Err(self.error(
                        b"escape sequence too large",
                        Near::Token(&Token::String(Rc::from(&b""[..]))),
                    ));
                };
                self.save(value);
                return Ok(());
            }
            // Any other escaped byte stands for itself (`\\`, `\"`, `\'`, and `\x` too).
            _ => {
                self.save_and_advance();
                return Ok(());
            }
        };
        self.save(decoded);
        self.advance();
        Ok(())
    }

    /// Reads a numeral the way 5.1 does: greedily over digits and dots, an optional
    /// exponent sign, then any letters, digits or underscores; then converts it.
    fn read_numeral(&mut self) -> Result<Token, SyntaxError> {
        while self
            .current_byte()
            .is_some_and(|b| b.is_ascii_digit() || b == b'.')
        {
            self.save_and_advance();
        }
        if self.check_next(b"Ee") {
            self.check_next(b"+-");
        }
        while self
            .current_byte()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.save_and_advance();
        }
        match parse_number(&self.buffer) {
            Some(value) => Ok(Token::Number(value)),
            None => Err(self.error(b"malformed number", Near::Token(&Token::Number(0.0)))),
        }
    }
}

enum Separator {
    /// `[` or `]` with `level` equal signs, followed by the same bracket.
    Level(usize),
    /// A lone bracket.
    Bracket,
    /// Equal signs not followed by the bracket.
    Invalid,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(source: &[u8]) -> Result<Vec<Token>, Vec<u8>> {
        all_tokens(Lexer::new(Input::Bytes(source), b"t".to_vec()))
    }

    fn all_tokens(mut lexer: Lexer<'_>) -> Result<Vec<Token>, Vec<u8>> {
        let mut out = Vec::new();
        loop {
            lexer.next().map_err(|e| e.message)?;
            if lexer.token == Token::Eos {
                return Ok(out);
            }
            out.push(lexer.token.clone());
        }
    }

    /// The tokens of `source` handed to the lexer one byte per piece, as a reader may.
    fn tokens_in_pieces(source: &[u8]) -> Result<Vec<Token>, Vec<u8>> {
        let mut pieces = source.iter().map(|&byte| vec![byte]);
        let mut next = || pieces.next();
        let input = Input::Pieces {
            piece: Vec::new(),
            next: &mut next,
            ended: false,
        };
        all_tokens(Lexer::new(input, b"t".to_vec()))
    }

    #[test]
    fn names_read_the_same_from_a_buffer_and_from_pieces() {
        for source in [
            &b"abc _x1 x"[..],
            b"while_ do end",
            b"a\0b",
            b"z",
            b"n.m:k(q_2)",
        ] {
            assert_eq!(tokens(source), tokens_in_pieces(source), "{source:?}");
        }
        assert_eq!(
            tokens(b"name1 'ab").unwrap_err(),
            tokens_in_pieces(b"name1 'ab").unwrap_err()
        );
    }

    fn string(text: &[u8]) -> Token {
        Token::String(Rc::from(text))
    }

    #[test]
    fn operators_and_words() {
        assert_eq!(
            tokens(b"a.b..c...~=<=>===goto").unwrap(),
            vec![
                Token::Name(Rc::from(&b"a"[..])),
                Token::Char(b'.'),
                Token::Name(Rc::from(&b"b"[..])),
                Token::Concat,
                Token::Name(Rc::from(&b"c"[..])),
                Token::Dots,
                Token::Ne,
                Token::Le,
                Token::Ge,
                Token::Eq,
                Token::Name(Rc::from(&b"goto"[..])),
            ]
        );
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(
            tokens(
                br#"'a\65\x41\
b'"#
            )
            .unwrap(),
            vec![string(b"aAx41\nb")]
        );
        assert_eq!(tokens(b"[==[\nx]]y]==]").unwrap(), vec![string(b"x]]y")]);
        assert_eq!(tokens(b"--[[ c\n ]] 1").unwrap(), vec![Token::Number(1.0)]);
        assert_eq!(
            tokens(b"'\\400'").unwrap_err(),
            b"t:1: escape sequence too large near '''"
        );
        assert_eq!(
            tokens(b"[==x").unwrap_err(),
            b"t:1: invalid long string delimiter near '[=='"
        );
    }

    #[test]
    fn numerals() {
        assert_eq!(
            tokens(b"3 .5 1e2 0x10").unwrap(),
            vec![
                Token::Number(3.0),
                Token::Number(0.5),
                Token::Number(100.0),
                Token::Number(16.0)
            ]
        );
        assert_eq!(
            tokens(b"3x").unwrap_err(),
            b"t:1: malformed number near '3x'"
        );
        // A NUL right after a numeral is swallowed by 5.1's strchr-based check.
        assert_eq!(tokens(b"1\0").unwrap(), vec![Token::Number(1.0)]);
    }

    #[test]
    fn line_counting() {
        let mut lexer = Lexer::new(Input::Bytes(b"a\r\nb\n\rc\n\nd"), b"t".to_vec());
        let mut lines = Vec::new();
        for _ in 0..4 {
            lexer.next().unwrap();
            lines.push(lexer.line);
        }
        assert_eq!(lines, vec![1, 2, 3, 5]);
    }
}
