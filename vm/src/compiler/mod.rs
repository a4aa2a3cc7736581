//! The Lua 5.1 compiler: source bytes to a [`Proto`] whose bytecode is the one `luac5.1`
//! produces for the same source (same instructions, registers, constants, line and
//! local-variable information), because runtime error messages are derived from it.
//!
//! `lexer` scans tokens, `parser` walks the grammar and drives `codegen`, which emits
//! instructions from the expression descriptors of `expr`.

mod chunk_id;
mod codegen;
mod expr;
mod lexer;
mod parser;

use lexer::Input;

#[cfg(test)]
mod tests;

use std::fmt;

use crate::bytecode::Proto;

pub use chunk_id::chunk_id;

/// A load failure with its complete message, e.g.
/// `[string "x = = 1"]:1: unexpected symbol near '='`.
#[derive(Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: Vec<u8>,
}

impl fmt::Debug for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "SyntaxError({:?})",
            String::from_utf8_lossy(&self.message)
        )
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.message))
    }
}

impl std::error::Error for SyntaxError {}

/// First byte of a binary chunk (`"\x1bLua"`).
const BINARY_CHUNK_MARK: u8 = 0x1b;

/// Whether `source` is a binary chunk (it starts with the escape character 5.1 checks).
pub fn is_binary_chunk(source: &[u8]) -> bool {
    source.first() == Some(&BINARY_CHUNK_MARK)
}

/// Compiles a chunk as `lua_load` does from a host with no C call active. `chunk_name` is
/// what `lua_load` gets: `"@file.lua"`, `"=stdin"`, or the source text itself for
/// `loadstring`. A binary chunk (starting with `"\x1bLua"`) is loaded instead, as 5.1 does.
pub fn compile(source: &[u8], chunk_name: &[u8]) -> Result<Proto, SyntaxError> {
    compile_nested(source, chunk_name, 0)
}

/// [`compile`] for a load made while `c_call_depth` C calls are active (5.1's `nCcalls`,
/// e.g. 1 for `loadstring` called from a chunk run by `lua_pcall`). 5.1 counts syntax
/// nesting on top of them against one limit of 200, so the depth at which "chunk has too
/// many syntax levels" is reported depends on it.
pub fn compile_nested(
    source: &[u8],
    chunk_name: &[u8],
    c_call_depth: u32,
) -> Result<Proto, SyntaxError> {
    if source.first() == Some(&BINARY_CHUNK_MARK) {
        return crate::bytecode::undump(source, chunk_name);
    }
    compile_text(source, chunk_name, c_call_depth)
}

/// [`compile_nested`] without the binary-chunk loader: every input is parsed as source text,
/// so bytecode fails as a syntax error (Redis's Lua refuses bytecode this way).
pub fn compile_text(
    source: &[u8],
    chunk_name: &[u8],
    c_call_depth: u32,
) -> Result<Proto, SyntaxError> {
    let syntax_id = chunk_id::chunk_id_within(chunk_name, chunk_id::SYNTAX_ID_SIZE);
    parser::parse_chunk(Input::Bytes(source), chunk_name, syntax_id, c_call_depth)
}

/// [`compile_nested`] over a reader that hands out the chunk in pieces (5.1's `lua_load`
/// with a reader): the parser asks for the next piece only when it needs more bytes, so a
/// syntax error stops the reading there. `next` returns `None` (or an empty piece) at the end.
/// With `binary` false a binary chunk is parsed as text, so it fails as a syntax error.
/// A binary chunk is gathered whole first, within `memory` bytes (`None`: no limit), which
/// also bound what its loader allocates.
pub fn compile_pieces(
    next: &mut dyn FnMut() -> Option<Vec<u8>>,
    chunk_name: &[u8],
    c_call_depth: u32,
    binary: bool,
    memory: Option<usize>,
) -> Result<Loaded, SyntaxError> {
    let first = next().unwrap_or_default();
    if binary && first.first() == Some(&BINARY_CHUNK_MARK) {
        let room = memory.unwrap_or(usize::MAX);
        let mut whole = first;
        while let Some(piece) = next().filter(|piece| !piece.is_empty()) {
            if whole.len().saturating_add(piece.len()) > room {
                return Err(SyntaxError {
                    message: b"not enough memory".to_vec(),
                });
            }
            whole.extend_from_slice(&piece);
        }
        let left = memory.map(|m| m.saturating_sub(whole.len()));
        return crate::bytecode::undump_within(&whole, chunk_name, c_call_depth, left)
            .map(Loaded::Undumped);
    }
    let syntax_id = chunk_id::chunk_id_within(chunk_name, chunk_id::SYNTAX_ID_SIZE);
    let ended = first.is_empty();
    let input = Input::Pieces {
        piece: first,
        next,
        ended,
    };
    parser::parse_chunk(input, chunk_name, syntax_id, c_call_depth).map(Loaded::Compiled)
}

/// What [`compile_pieces`] made of a chunk. The binary-chunk loader runs 5.1's bytecode
/// checker on every function as it reads it, so an undumped prototype is instantiated without
/// a second check; a compiled one is checked when it is instantiated (`Vm::instantiate`).
#[derive(Debug)]
pub enum Loaded {
    Compiled(Proto),
    Undumped(Proto),
}

/// The text `luaL_loadfile` hands to the parser: a first line starting with `#` (a Unix
/// "shebang") is dropped but its newline kept, so line numbers stay right. `loadstring`
/// and `lua_load` do not do this.
pub fn skip_first_line_comment(source: &[u8]) -> Vec<u8> {
    if source.first() != Some(&b'#') {
        return source.to_vec();
    }
    let mut text = vec![b'\n'];
    if let Some(newline) = source.iter().position(|&b| b == b'\n') {
        text.extend_from_slice(&source[newline + 1..]);
    }
    text
}
