//! The `bit` library Redis bundles (LuaBitOp 1.0): 32-bit operations on Lua numbers.
//!
//! Numbers become 32-bit words the way LuaBitOp does it: adding `2^52 + 2^51` to the double
//! and keeping the low 32 bits of its representation, which rounds to the nearest integer
//! (ties to even) and wraps modulo `2^32`. Results are signed 32-bit values.

use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::Value;

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 16);
    vm.register(
        t,
        &[
            ("tobit", tobit),
            ("bnot", bnot),
            ("band", |vm| fold(vm, |a, b| a & b)),
            ("bor", |vm| fold(vm, |a, b| a | b)),
            ("bxor", |vm| fold(vm, |a, b| a ^ b)),
            ("lshift", |vm| shift(vm, |b, n| b << n)),
            ("rshift", |vm| shift(vm, |b, n| b >> n)),
            ("arshift", |vm| shift(vm, |b, n| ((b as i32) >> n) as u32)),
            ("rol", |vm| shift(vm, u32::rotate_left)),
            ("ror", |vm| shift(vm, u32::rotate_right)),
            ("bswap", bswap),
            ("tohex", tohex),
        ],
    );
    let g = vm.globals;
    vm.set_field(g, "bit", Value::Table(t));
}

/// LuaBitOp's conversion of argument `n` to a 32-bit word. Values that are not numbers (nor
/// numeric strings) convert as 0, and a 0 that did not come from a number is an error.
fn word_arg(vm: &mut Vm, n: usize) -> LuaResult<u32> {
    let number = vm.to_number(vm.arg(n));
    let word = to_word(number.unwrap_or(0.0));
    if word == 0 && number.is_none() {
        return Err(vm.arg_type_error(n, "number"));
    }
    Ok(word)
}

/// The low word of `x + 2^52 + 2^51`.
pub fn to_word(x: f64) -> u32 {
    (x + 6_755_399_441_055_744.0).to_bits() as u32
}

fn push_word(vm: &mut Vm, word: u32) -> LuaResult<usize> {
    vm.push(Value::Number(word as i32 as f64));
    Ok(1)
}

fn tobit(vm: &mut Vm) -> LuaResult<usize> {
    let b = word_arg(vm, 1)?;
    push_word(vm, b)
}

fn bnot(vm: &mut Vm) -> LuaResult<usize> {
    let b = word_arg(vm, 1)?;
    push_word(vm, !b)
}

/// `band`/`bor`/`bxor`: the first argument combined with the others, last to second.
fn fold(vm: &mut Vm, op: fn(u32, u32) -> u32) -> LuaResult<usize> {
    let mut b = word_arg(vm, 1)?;
    for i in (2..=vm.arg_count()).rev() {
        b = op(b, word_arg(vm, i)?);
    }
    push_word(vm, b)
}

fn shift(vm: &mut Vm, op: fn(u32, u32) -> u32) -> LuaResult<usize> {
    let b = word_arg(vm, 1)?;
    let n = word_arg(vm, 2)? & 31;
    push_word(vm, op(b, n))
}

fn bswap(vm: &mut Vm) -> LuaResult<usize> {
    let b = word_arg(vm, 1)?;
    push_word(vm, b.swap_bytes())
}

/// `tohex(x [, n])`: the low `|n|` hex digits (8 by default, at most 8), uppercase when
/// `n` is negative.
fn tohex(vm: &mut Vm) -> LuaResult<usize> {
    let mut b = word_arg(vm, 1)?;
    let mut n = if vm.arg_count() < 2 {
        8
    } else {
        word_arg(vm, 2)? as i32 as i64
    };
    let digits: &[u8; 16] = if n < 0 {
        n = -n;
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let n = n.min(8) as usize;
    let mut buf = vec![0u8; n];
    for slot in buf.iter_mut().rev() {
        *slot = digits[(b & 15) as usize];
        b >>= 4;
    }
    vm.push_bytes(&buf);
    Ok(1)
}
