//! The string library (5.1's lstrlib.c) and the string metatable. The matching and
//! formatting engines are in [`super::pattern`] and [`super::format`]; this file converts
//! arguments and results and calls back into Lua for `gsub` replacements.

use std::borrow::Cow;

use crate::error::{LuaError, LuaResult};
use crate::number::format_number;
use crate::state::Vm;
use crate::stdlib::format::{format_into, FormatArgs};
use crate::stdlib::pattern::{
    self, Budget, Capture, GlobalMatch, Match, PatternError, Replacement, Substitution,
};
use crate::value::{StrRef, Value};

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 16);
    vm.register(
        t,
        &[
            ("byte", byte),
            ("char", char),
            ("dump", dump),
            ("find", find),
            ("format", format_),
            ("gmatch", gmatch),
            ("gsub", gsub),
            ("len", len),
            ("lower", lower),
            ("match", match_),
            ("rep", rep),
            ("reverse", reverse),
            ("sub", sub),
            ("upper", upper),
        ],
    );
    let gfind = vm.get_field(t, "gmatch");
    vm.set_field(t, "gfind", gfind);
    let g = vm.globals;
    vm.set_field(g, "string", Value::Table(t));
    let meta = vm.heap.new_table(0, 1);
    vm.set_field(meta, "__index", Value::Table(t));
    let any_string = vm.new_string(b"");
    vm.set_type_metatable(any_string, Some(meta));
}

/// 5.1's `posrelat`: negative positions count from the end; the result is at least 0.
fn relative_position(pos: i64, len: usize) -> i64 {
    let pos = if pos < 0 { pos + len as i64 + 1 } else { pos };
    pos.max(0)
}

fn len(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_string(1)?;
    let n = vm.heap.str_bytes(s).len();
    vm.push(Value::Number(n as f64));
    Ok(1)
}

fn sub(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_string(1)?;
    let len = vm.heap.str_bytes(s).len();
    let start = relative_position(vm.check_integer(2)?, len).max(1);
    let end = relative_position(vm.opt_integer(3, -1)?, len).min(len as i64);
    let piece = if start <= end {
        vm.heap.str_bytes(s)[start as usize - 1..end as usize].to_vec()
    } else {
        Vec::new()
    };
    vm.push_bytes(&piece);
    Ok(1)
}

fn map_bytes(vm: &mut Vm, f: fn(&u8) -> u8) -> LuaResult<usize> {
    let s = vm.check_bytes(1)?;
    let mapped: Vec<u8> = s.iter().map(f).collect();
    vm.push_bytes(&mapped);
    Ok(1)
}

fn lower(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, u8::to_ascii_lowercase)
}

fn upper(vm: &mut Vm) -> LuaResult<usize> {
    map_bytes(vm, u8::to_ascii_uppercase)
}

fn reverse(vm: &mut Vm) -> LuaResult<usize> {
    let mut s = vm.check_bytes(1)?;
    s.reverse();
    vm.push_bytes(&s);
    Ok(1)
}

fn rep(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_bytes(1)?;
    let n = vm.check_int(2)?.max(0) as usize;
    vm.check_string_size(s.len().saturating_mul(n))?;
    vm.push_bytes(&s.repeat(n));
    Ok(1)
}

fn byte(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_string(1)?;
    let len = vm.heap.str_bytes(s).len();
    let first = relative_position(vm.opt_integer(2, 1)?, len);
    let last = relative_position(vm.opt_integer(3, first)?, len).min(len as i64);
    let first = first.max(1);
    if first > last {
        return Ok(0);
    }
    let n = (last - first + 1) as usize;
    if n + vm.arg_count() > crate::state::MAX_NATIVE_STACK {
        // 5.1's `luaL_checkstack` message.
        return Err(vm.native_error(b"stack overflow (string slice too long)"));
    }
    for i in first as usize - 1..last as usize {
        let b = vm.heap.str_bytes(s)[i];
        vm.push(Value::Number(b as f64));
    }
    Ok(n)
}

fn char(vm: &mut Vm) -> LuaResult<usize> {
    let n = vm.arg_count();
    let mut out = Vec::with_capacity(n);
    for i in 1..=n {
        let c = vm.check_int(i)?;
        if !(0..=255).contains(&c) {
            return Err(vm.arg_error(i, "invalid value"));
        }
        out.push(c as u8);
    }
    vm.push_bytes(&out);
    Ok(1)
}

fn dump(vm: &mut Vm) -> LuaResult<usize> {
    let Value::Function(f) = vm.arg(1) else {
        return Err(vm.arg_type_error(1, "function"));
    };
    let proto = match &vm.heap.functions[f] {
        crate::function::Function::Lua(lf) => lf.proto.proto.clone(),
        crate::function::Function::Native(_) => {
            return Err(vm.native_error(b"unable to dump given function"))
        }
    };
    let bytes = crate::bytecode::dump(&proto, false);
    vm.push_bytes(&bytes);
    Ok(1)
}

impl Vm {
    /// Refuses to build a string longer than the VM will hold.
    pub(crate) fn check_string_size(&mut self, len: usize) -> LuaResult<()> {
        if len > crate::state::MAX_STRING_LEN {
            self.gc.limit_refused.set(true);
            return Err(LuaError::Memory);
        }
        self.check_memory_limit(len)
    }

    /// The longest string the memory limit still allows to be built.
    fn string_room(&self) -> usize {
        let room = match self.memory_limit() {
            Some(limit) => limit.saturating_sub(self.memory_in_use()),
            None => usize::MAX,
        };
        room.min(crate::state::MAX_STRING_LEN)
    }

    /// Runs a pattern operation on the bytes of `subject` and `pattern` (borrowed from the
    /// heap, not copied) under what is left of the instruction budget.
    fn match_in<T>(
        &mut self,
        subject: StrRef,
        pattern: StrRef,
        op: impl FnOnce(&[u8], &[u8], &mut Budget) -> Result<T, PatternError>,
    ) -> LuaResult<T> {
        let mut budget = Budget::new(self.instructions_left());
        let before = budget.remaining();
        let (s, p) = (self.heap.str_bytes(subject), self.heap.str_bytes(pattern));
        let result = op(s, p, &mut budget);
        self.charge_instructions(before - budget.remaining())?;
        self.pattern_result(result)
    }

    /// Turns a pattern error into the Lua error 5.1 raises.
    fn pattern_result<T>(&mut self, result: Result<T, PatternError>) -> LuaResult<T> {
        match result {
            Ok(v) => Ok(v),
            Err(PatternError::BudgetExhausted) => Err(LuaError::Timeout),
            Err(PatternError::OutOfRoom) => Err(LuaError::Memory),
            Err(PatternError::Lua(msg)) => Err(self.native_error(msg.as_bytes())),
        }
    }

    /// Pushes captures `0..count` of a match in `subject` (capture 0 of a pattern without
    /// captures is the whole match); returns `count`.
    fn push_captures(&mut self, subject: StrRef, m: &Match, count: usize) -> LuaResult<usize> {
        for index in 0..count {
            let capture = self.pattern_result(m.capture(index))?;
            let v = self.capture_value(subject, capture);
            self.push(v);
        }
        Ok(count)
    }

    fn capture_value(&mut self, subject: StrRef, capture: Capture) -> Value {
        match capture {
            Capture::Span { start, end } => {
                Value::String(self.heap.intern_slice(subject, start..end))
            }
            Capture::Position(at) => Value::Number((at + 1) as f64),
        }
    }
}

/// `find` and `match` (5.1's `str_find_aux`).
fn find_or_match(vm: &mut Vm, find: bool) -> LuaResult<usize> {
    let subject = vm.check_string(1)?;
    let pattern = vm.check_string(2)?;
    let len = vm.heap.str_bytes(subject).len();
    let init = relative_position(vm.opt_integer(3, 1)?, len) - 1;
    let init = init.clamp(0, len as i64) as usize;
    let plain = find && vm.arg(4).is_truthy();
    // The VM's scratch, lent for this call (a nested call meanwhile gets a fresh one).
    let mut scratch = std::mem::take(&mut vm.match_scratch);
    let lent = &mut scratch;
    let found = vm.match_in(subject, pattern, move |s, p, budget| {
        if find {
            pattern::string_find(s, p, init, plain, budget, lent)
        } else {
            pattern::find(s, p, init, budget, lent)
        }
    })?;
    let Some(m) = found else {
        vm.push(Value::Nil);
        return Ok(1);
    };
    let pushed = if find {
        vm.push(Value::Number((m.start + 1) as f64));
        vm.push(Value::Number(m.end as f64));
        2 + vm.push_captures(subject, &m, m.capture_count())?
    } else {
        vm.push_captures(subject, &m, m.capture_count().max(1))?
    };
    vm.match_scratch = scratch.kept();
    Ok(pushed)
}

fn find(vm: &mut Vm) -> LuaResult<usize> {
    find_or_match(vm, true)
}

fn match_(vm: &mut Vm) -> LuaResult<usize> {
    find_or_match(vm, false)
}

fn gmatch(vm: &mut Vm) -> LuaResult<usize> {
    let s = vm.check_string(1)?;
    let p = vm.check_string(2)?;
    let iter = vm.native_with_upvalues(
        "gmatch_iterator",
        gmatch_iterator,
        vec![Value::String(s), Value::String(p), Value::Number(0.0)],
    );
    vm.push(iter);
    Ok(1)
}

fn gmatch_iterator(vm: &mut Vm) -> LuaResult<usize> {
    let (Value::String(s), Value::String(p), Value::Number(pos)) = (
        vm.native_upvalue(0),
        vm.native_upvalue(1),
        vm.native_upvalue(2),
    ) else {
        return Err(vm.native_error(b"gmatch iterator lost its state"));
    };
    let mut state = GlobalMatch::resume_at(pos as usize);
    let mut scratch = std::mem::take(&mut vm.match_scratch);
    let (lent, advancing) = (&mut scratch, &mut state);
    let found = vm.match_in(s, p, move |subject, pattern, budget| {
        advancing.next(subject, pattern, budget, lent)
    })?;
    let pushed = match found {
        Some(m) => vm.push_captures(s, &m, m.capture_count().max(1))?,
        None => 0,
    };
    vm.set_native_upvalue(2, Value::Number(state.position() as f64));
    vm.match_scratch = scratch.kept();
    Ok(pushed)
}

fn gsub(vm: &mut Vm) -> LuaResult<usize> {
    let subject = vm.check_string(1)?;
    let pattern = vm.check_string(2)?;
    let replacement = vm.arg(3);
    let max = match vm.arg(4) {
        Value::Nil => None,
        _ => Some(vm.check_int(4)?.max(0) as usize),
    };
    let repl_text = match replacement {
        Value::Number(_) | Value::String(_) => {
            let s = vm.check_string(3)?;
            Some(vm.heap.str_bytes(s).to_vec())
        }
        Value::Table(_) | Value::Function(_) => None,
        _ => return Err(vm.arg_error(3, "string/function/table expected")),
    };
    let template = repl_text.as_deref().map(Replacement::parse);
    let mut sub = Substitution::new(vm.heap.str_bytes(pattern), max);
    let mut out = vm.buffers.take();
    let mut scratch = std::mem::take(&mut vm.match_scratch);
    loop {
        let room = vm.string_room();
        let (lent, sub, out_ref, template) = (&mut scratch, &mut sub, &mut out, &template);
        let found = vm.match_in(subject, pattern, move |s, p, b| {
            let found = sub.next(s, p, out_ref, b, lent)?;
            if let (Some(m), Some(t)) = (&found, template) {
                t.expand(s, m, out_ref, room)?;
            }
            Ok(found)
        })?;
        let Some(m) = found else { break };
        if template.is_none() {
            add_value(vm, subject, &m, replacement, &mut out)?;
        }
        vm.check_string_size(out.len())?;
    }
    vm.match_scratch = scratch.kept();
    let count = sub.count();
    vm.push_bytes(&out);
    vm.buffers.give_back(out);
    vm.push(Value::Number(count as f64));
    Ok(2)
}

/// Appends a table or function replacement (5.1's `add_value`).
fn add_value(
    vm: &mut Vm,
    subject: StrRef,
    m: &Match,
    repl: Value,
    out: &mut Vec<u8>,
) -> LuaResult<()> {
    let value = match repl {
        Value::Table(_) => {
            let first = m.capture(0);
            let first = vm.pattern_result(first)?;
            let key = vm.capture_value(subject, first);
            vm.index_slow(repl, key, None)?
        }
        _ => {
            // The function and its arguments go straight onto the stack: no vectors per
            // match.
            let func = vm.top();
            vm.push(repl);
            for index in 0..m.capture_count().max(1) {
                let capture = vm.pattern_result(m.capture(index))?;
                let v = vm.capture_value(subject, capture);
                vm.push(v);
            }
            vm.call(func, 1)?;
            let v = vm.value_at(func);
            vm.truncate_stack(func);
            v
        }
    };
    match value {
        Value::Nil | Value::Boolean(false) => {
            out.extend_from_slice(&vm.heap.str_bytes(subject)[m.start..m.end])
        }
        Value::String(s) => out.extend_from_slice(vm.heap.str_bytes(s)),
        Value::Number(x) => format_number(x, out),
        other => {
            let msg = format!("invalid replacement value (a {})", other.type_name());
            return Err(vm.native_error(msg.as_bytes()));
        }
    }
    Ok(())
}

/// `string.format`'s arguments, converted as 5.1 converts them.
struct VmFormatArgs<'a> {
    vm: &'a mut Vm,
    /// Bytes of string arguments handed out so far: the result holds them all, so the
    /// memory limit must allow them before the result is built.
    produced: usize,
}

impl FormatArgs for VmFormatArgs<'_> {
    type Error = LuaError;

    fn require(&mut self, arg: usize) -> Result<(), LuaError> {
        if arg + 1 > self.vm.arg_count() {
            return Err(self.vm.arg_error(arg + 1, "no value"));
        }
        Ok(())
    }

    fn number(&mut self, arg: usize) -> Result<f64, LuaError> {
        self.vm.check_number(arg + 1)
    }

    fn string(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, LuaError> {
        let s = self.vm.check_string(arg + 1)?;
        let len = self.vm.heap.str_bytes(s).len();
        self.produced = self.produced.saturating_add(len);
        self.vm.check_string_size(self.produced)?;
        Ok(Cow::Borrowed(self.vm.heap.str_bytes(s)))
    }

    fn format_error(&mut self, message: Vec<u8>) -> LuaError {
        self.vm.native_error(&message)
    }
}

fn format_(vm: &mut Vm) -> LuaResult<usize> {
    // The format is copied into a spare buffer: the arguments' conversions need the VM.
    let s = vm.check_string(1)?;
    let mut spec = vm.buffers.take();
    spec.extend_from_slice(vm.heap.str_bytes(s));
    let mut out = vm.buffers.take();
    format_into(&spec, &mut VmFormatArgs { vm, produced: 0 }, &mut out)?;
    vm.check_string_size(out.len())?;
    vm.push_bytes(&out);
    vm.buffers.give_back(out);
    vm.buffers.give_back(spec);
    Ok(1)
}
