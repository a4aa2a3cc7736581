//! The execution loop (5.1's lvm.c): one `match` over the 38 opcodes.
//!
//! Lua-to-Lua calls, returns and tail calls switch frames inside this loop, so they never
//! grow the Rust stack. The loop only recurses (through [`Vm::call`]) when Lua code runs on
//! behalf of a native function or a metamethod, which 5.1 also does on the C stack and limits
//! to [`crate::state::MAX_NATIVE_DEPTH`] levels.
//!
//! Invariant while a Lua frame runs: `stack.len() >= base + max_stack_size`, except right
//! after an instruction that leaves a variable number of values (a call wanting all results,
//! `VARARG` with B = 0), where `stack.len()` marks the end of those values until the next
//! instruction consumes them.

mod cold;
mod registers;

use crate::bytecode::{setlist_run_before, Instruction, BITRK};
use crate::error::{LuaError, LuaResult};
use crate::function::{Function, LuaFunction, UpVal};
use crate::state::{Event, Vm};
use crate::thread::Frame;
use crate::value::{FnRef, Value};
use registers::{running_closure, Registers, Unchecked};

/// Opcode numbers as `u8` patterns, so dispatch is one jump table on the raw field.
mod op {
    use crate::bytecode::OpCode;

    pub const MOVE: u8 = OpCode::Move as u8;
    pub const LOAD_K: u8 = OpCode::LoadK as u8;
    pub const LOAD_BOOL: u8 = OpCode::LoadBool as u8;
    pub const LOAD_NIL: u8 = OpCode::LoadNil as u8;
    pub const GET_UPVAL: u8 = OpCode::GetUpval as u8;
    pub const GET_GLOBAL: u8 = OpCode::GetGlobal as u8;
    pub const GET_TABLE: u8 = OpCode::GetTable as u8;
    pub const SET_GLOBAL: u8 = OpCode::SetGlobal as u8;
    pub const SET_UPVAL: u8 = OpCode::SetUpval as u8;
    pub const SET_TABLE: u8 = OpCode::SetTable as u8;
    pub const NEW_TABLE: u8 = OpCode::NewTable as u8;
    pub const SELF_OP: u8 = OpCode::SelfOp as u8;
    pub const ADD: u8 = OpCode::Add as u8;
    pub const SUB: u8 = OpCode::Sub as u8;
    pub const MUL: u8 = OpCode::Mul as u8;
    pub const DIV: u8 = OpCode::Div as u8;
    pub const MOD: u8 = OpCode::Mod as u8;
    pub const POW: u8 = OpCode::Pow as u8;
    pub const UNM: u8 = OpCode::Unm as u8;
    pub const NOT: u8 = OpCode::Not as u8;
    pub const LEN: u8 = OpCode::Len as u8;
    pub const CONCAT: u8 = OpCode::Concat as u8;
    pub const JMP: u8 = OpCode::Jmp as u8;
    pub const EQ: u8 = OpCode::Eq as u8;
    pub const LT: u8 = OpCode::Lt as u8;
    pub const LE: u8 = OpCode::Le as u8;
    pub const TEST: u8 = OpCode::Test as u8;
    pub const TEST_SET: u8 = OpCode::TestSet as u8;
    pub const CALL: u8 = OpCode::Call as u8;
    pub const TAIL_CALL: u8 = OpCode::TailCall as u8;
    pub const RETURN: u8 = OpCode::Return as u8;
    pub const FOR_LOOP: u8 = OpCode::ForLoop as u8;
    pub const FOR_PREP: u8 = OpCode::ForPrep as u8;
    pub const T_FOR_LOOP: u8 = OpCode::TForLoop as u8;
    pub const SET_LIST: u8 = OpCode::SetList as u8;
    pub const CLOSE: u8 = OpCode::Close as u8;
    pub const CLOSURE: u8 = OpCode::Closure as u8;
    pub const VAR_ARG: u8 = OpCode::VarArg as u8;
}

/// Outcome of preparing a call.
pub(crate) enum Called {
    /// A Lua frame was pushed; the loop must run it.
    Lua,
    /// A native function ran to completion; its results are in place.
    Native,
}

impl Vm {
    /// Runs Lua frames, starting with the top one, until a frame marked `returns_to_native`
    /// returns. Its results are then at its function slot and `stack.len()` is their end.
    pub(crate) fn execute(&mut self) -> LuaResult<()> {
        // The running frame's registers, program counter, closure and prototype (the frame
        // itself is the top one). A Lua-to-Lua call sets them from the callee directly; other
        // switches reload them from the top frame.
        let (mut base, mut pc, mut cl, mut proto, mut upvalues);
        macro_rules! load_top_frame {
            () => {{
                let f = self.frames.last().expect("a Lua frame to run");
                (base, pc, cl) = (f.base as usize, f.pc as usize, f.function);
                (proto, upvalues) = running_closure(self.lua_function(cl));
                // A closure's prototype is fixed, so its window is still allocated and the
                // saved pc inside its code (`exec/registers.rs`).
                debug_assert!(base + proto.proto.max_stack_size as usize <= self.stack.capacity());
                debug_assert!(pc < proto.proto.code.len());
            }};
        }
        load_top_frame!();
        'frame: loop {
            // Only the unchecked views stay live in the loop; the cold paths that need the
            // code's length take it from the prototype.
            let (code_at, k_at) = (
                Unchecked::of(&proto.proto.code[..]),
                Unchecked::of(&proto.constants[..]),
            );
            // The end of the frame's registers, computed where needed (off the hot path).
            macro_rules! frame_top {
                () => {
                    base + proto.proto.max_stack_size as usize
                };
            }

            macro_rules! reg {
                ($r:expr) => {
                    Registers::of_stack_mut(&mut self.stack)[base + ($r) as usize]
                };
            }
            macro_rules! rk {
                ($x:expr) => {{
                    let x = $x;
                    if x & BITRK != 0 {
                        k_at[(x & !BITRK) as usize]
                    } else {
                        Registers::of_stack(&self.stack)[base + x as usize]
                    }
                }};
            }
            // Makes the current instruction visible to error messages and callees.
            macro_rules! save_pc {
                () => {
                    self.save_pc(pc)
                };
            }
            macro_rules! jump_next {
                () => {{
                    let j = code_at[pc];
                    pc = (pc as i64 + 1 + j.sbx() as i64) as usize;
                }};
            }
            macro_rules! rk_ref {
                ($x:expr) => {{
                    let x = $x;
                    if x & BITRK != 0 {
                        &k_at[(x & !BITRK) as usize]
                    } else {
                        &Registers::of_stack(&self.stack)[base + x as usize]
                    }
                }};
            }
            macro_rules! arith {
                ($event:expr, $i:expr, $a:expr, |$x:ident, $y:ident| $e:expr) => {{
                    let (b, c) = ($i.b(), $i.c());
                    let fast = match (rk_ref!(b), rk_ref!(c)) {
                        (Value::Number($x), Value::Number($y)) => {
                            let ($x, $y) = (*$x, *$y);
                            Some($e)
                        }
                        _ => None,
                    };
                    match fast {
                        Some(r) => reg!($a) = Value::Number(r),
                        None => {
                            save_pc!();
                            let (bv, cv) = (rk!(b), rk!(c));
                            let r = self.arith_slow($event, bv, cv, rk_reg(b), rk_reg(c))?;
                            reg!($a) = r;
                        }
                    }
                }};
            }

            // LT and LE: numbers inline, everything else through the metamethod-aware slow path.
            macro_rules! compare {
                ($i:expr, $a:expr, $op:tt, $slow:ident) => {{
                    let (b, c) = ($i.b(), $i.c());
                    // Read in place, as `arith!` does: no copies of the operands.
                    let fast = match (rk_ref!(b), rk_ref!(c)) {
                        (Value::Number(x), Value::Number(y)) => Some(*x $op *y),
                        _ => None,
                    };
                    let holds = match fast {
                        Some(holds) => holds,
                        None => {
                            save_pc!();
                            let (x, y) = (rk!(b), rk!(c));
                            self.$slow(x, y)?
                        }
                    };
                    if u32::from(holds) == $a {
                        jump_next!();
                    } else {
                        pc += 1;
                    }
                }};
            }

            loop {
                // One read-modify-write and a branch on the borrow: the slice check costs
                // little on the hot path.
                let (left, spent) = self.steps_left.overflowing_sub(1);
                self.steps_left = left;
                if spent {
                    self.steps_left = 0;
                    save_pc!();
                    self.refill_steps()?;
                    self.steps_left -= 1;
                }
                let i = code_at[pc];
                pc += 1;
                let a = i.a();
                match i.0 as u8 & 0x3f {
                    op::MOVE => reg!(a) = reg!(i.b()),
                    op::LOAD_K => reg!(a) = k_at[i.bx() as usize],
                    op::LOAD_BOOL => {
                        reg!(a) = Value::Boolean(i.b() != 0);
                        match i.c() {
                            0 => {}
                            1 => pc += 1,
                            _ => {
                                save_pc!();
                                pc = self.unchecked_skip(&proto.proto.code, pc + 1)?;
                            }
                        }
                    }
                    op::LOAD_NIL => {
                        for r in a..i.b() + 1 {
                            reg!(r) = Value::Nil;
                        }
                    }
                    op::GET_UPVAL => {
                        let uv = upvalues[i.b() as usize];
                        reg!(a) = match self.heap.upvalues[uv] {
                            UpVal::Closed(v) => v,
                            UpVal::Open { thread, index } if thread == self.current_thread => {
                                Registers::of_stack(&self.stack)[index]
                            }
                            UpVal::Open { .. } => self.upvalue_get(uv),
                        };
                    }
                    op::GET_GLOBAL => {
                        let key = k_at[i.bx() as usize];
                        let env = self.lua_function(cl).env;
                        let table = &self.heap.tables[env];
                        let v = match key {
                            Value::String(s) => table.get_str(s),
                            other => table.get(other),
                        };
                        reg!(a) = if v.is_nil() && table.metatable.is_some() {
                            save_pc!();
                            self.index_slow(Value::Table(env), key, None)?
                        } else {
                            v
                        };
                    }
                    op::GET_TABLE => {
                        let t = reg!(i.b());
                        let key = rk!(i.c());
                        if let Value::Table(h) = t {
                            let table = &self.heap.tables[h];
                            // Field names are constant strings and array indices are
                            // numbers: both lookups inline.
                            let v = match key {
                                Value::String(s) => table.get_str(s),
                                Value::Number(n) => match table.array_get(n) {
                                    Some(v) => v,
                                    None => table.get(key),
                                },
                                _ => table.get(key),
                            };
                            match table.metatable {
                                _ if !v.is_nil() => {
                                    reg!(a) = v;
                                    continue;
                                }
                                None => {
                                    reg!(a) = Value::Nil;
                                    continue;
                                }
                                Some(mt) => {
                                    if let Some(v) = self.index_through_table(mt, key) {
                                        reg!(a) = v;
                                        continue;
                                    }
                                }
                            }
                        }
                        save_pc!();
                        reg!(a) = self.index_slow(t, key, Some(i.b()))?;
                    }
                    op::SET_GLOBAL => {
                        let key = k_at[i.bx() as usize];
                        let v = reg!(a);
                        save_pc!();
                        self.set_global(cl, key, v)?;
                    }
                    op::SET_UPVAL => {
                        let uv = upvalues[i.b() as usize];
                        let v = reg!(a);
                        match self.heap.upvalues[uv] {
                            UpVal::Open { thread, index } if thread == self.current_thread => {
                                Registers::of_stack_mut(&mut self.stack)[index] = v;
                            }
                            _ => self.upvalue_set(uv, v),
                        }
                    }
                    op::SET_TABLE => {
                        let t = reg!(a);
                        let key = rk!(i.b());
                        let v = rk!(i.c());
                        if let Value::Table(h) = t {
                            let table = &mut self.heap.tables[h];
                            let plain = table.metatable.is_none();
                            let readonly = table.readonly;
                            if !readonly && table.overwrite(key, v, !plain) {
                                continue;
                            }
                            save_pc!();
                            if plain {
                                if readonly {
                                    self.raw_set(h, key, v)?;
                                } else {
                                    self.raw_set_absent(h, key, v)?;
                                }
                                continue;
                            }
                        }
                        save_pc!();
                        self.set_index(t, key, v, Some(a))?;
                    }
                    op::NEW_TABLE => self.new_table_op(base + a as usize, i.b(), i.c(), pc)?,
                    op::SELF_OP => {
                        let obj = reg!(i.b());
                        let key = rk!(i.c());
                        reg!(a + 1) = obj;
                        if let Value::Table(h) = obj {
                            let table = &self.heap.tables[h];
                            // Field names are constant strings: their lookup inline.
                            let v = match key {
                                Value::String(s) => table.get_str(s),
                                _ => table.get(key),
                            };
                            match table.metatable {
                                _ if !v.is_nil() => {
                                    reg!(a) = v;
                                    continue;
                                }
                                None => {
                                    reg!(a) = Value::Nil;
                                    continue;
                                }
                                Some(mt) => {
                                    if let Some(v) = self.index_through_table(mt, key) {
                                        reg!(a) = v;
                                        continue;
                                    }
                                }
                            }
                        }
                        save_pc!();
                        reg!(a) = self.index_slow(obj, key, Some(i.b()))?;
                    }
                    op::ADD => arith!(Event::Add, i, a, |x, y| x + y),
                    op::SUB => arith!(Event::Sub, i, a, |x, y| x - y),
                    op::MUL => arith!(Event::Mul, i, a, |x, y| x * y),
                    op::DIV => arith!(Event::Div, i, a, |x, y| x / y),
                    op::MOD => arith!(Event::Mod, i, a, |x, y| lua_mod(x, y)),
                    op::POW => arith!(Event::Pow, i, a, |x, y| x.powf(y)),
                    op::UNM => {
                        let v = reg!(i.b());
                        if let Value::Number(x) = v {
                            reg!(a) = Value::Number(-x);
                        } else {
                            save_pc!();
                            reg!(a) =
                                self.arith_slow(Event::Unm, v, v, Some(i.b()), Some(i.b()))?;
                        }
                    }
                    op::NOT => reg!(a) = Value::Boolean(!reg!(i.b()).is_truthy()),
                    op::LEN => {
                        let v = reg!(i.b());
                        reg!(a) = match v {
                            Value::String(s) => Value::Number(self.heap.str_bytes(s).len() as f64),
                            Value::Table(t) => Value::Number(self.heap.tables[t].border() as f64),
                            _ => {
                                save_pc!();
                                self.length_slow(v, Some(i.b()))?
                            }
                        };
                    }
                    op::CONCAT => {
                        save_pc!();
                        self.concat_op(base, i)?;
                    }
                    op::JMP => pc = (pc as i64 + i.sbx() as i64) as usize,
                    op::EQ => {
                        let (x, y) = (rk!(i.b()), rk!(i.c()));
                        let equal = if x == y {
                            true
                        } else if same_kind_with_identity(x, y) {
                            save_pc!();
                            self.equals_slow(x, y)?
                        } else {
                            false
                        };
                        // 5.1 compares with A itself: an A above 1 never jumps.
                        if u32::from(equal) == a {
                            jump_next!();
                        } else {
                            pc += 1;
                        }
                    }
                    op::LT => compare!(i, a, <, less_than),
                    op::LE => compare!(i, a, <=, less_equal),
                    op::TEST => {
                        // 5.1 compares "is false" with C itself: a C above 1 always jumps.
                        if u32::from(!reg!(a).is_truthy()) != i.c() {
                            jump_next!();
                        } else {
                            pc += 1;
                        }
                    }
                    op::TEST_SET => {
                        let v = reg!(i.b());
                        if u32::from(!v.is_truthy()) != i.c() {
                            reg!(a) = v;
                            jump_next!();
                        } else {
                            pc += 1;
                        }
                    }
                    op::CALL => {
                        let func = base + a as usize;
                        let nargs = match i.b() {
                            0 => self.open_arguments(func),
                            b => b as usize - 1,
                        };
                        let wanted = i.c() as i32 - 1;
                        save_pc!();
                        // Fast path: a Lua function with fixed parameters gets its frame here.
                        if let Value::Function(f) = reg!(a) {
                            match &self.heap.functions[f] {
                                Function::Lua(callee) => {
                                    let p = &callee.proto.proto;
                                    if p.is_vararg == 0 && self.frames.len() < self.frame_limit {
                                        let new_base = func + 1;
                                        let new_top = new_base + p.max_stack_size as usize;
                                        let params = p.num_params as usize;
                                        let callee_closure = running_closure(callee);
                                        self.ensure_stack(new_top)?;
                                        self.stack
                                            .open_window(new_base + nargs.min(params), new_top);
                                        self.frames.push(Frame {
                                            func: func as u32,
                                            base: new_base as u32,
                                            top: new_top as u32,
                                            pc: 0,
                                            wanted,
                                            function: f,
                                            is_lua: true,
                                            varargs: 0,
                                            tail_calls: 0,
                                            returns_to_native: false,
                                        });
                                        (base, pc, cl) = (new_base, 0, f);
                                        (proto, upvalues) = callee_closure;
                                        continue 'frame;
                                    }
                                }
                                // A native function found here needs no second look-up.
                                Function::Native(callee) => {
                                    let native = callee.func;
                                    self.call_native(func, nargs, wanted, f, native, frame_top!())?;
                                    continue;
                                }
                            }
                        }
                        if let Called::Lua = self.call_slow(func, nargs, wanted, a, frame_top!())? {
                            load_top_frame!();
                            continue 'frame;
                        }
                    }
                    op::TAIL_CALL => {
                        save_pc!();
                        if self.tail_call(base, i, proto.proto.code.get(pc), frame_top!())? {
                            load_top_frame!();
                            continue 'frame;
                        }
                    }
                    op::RETURN => {
                        let first = base + a as usize;
                        let n = match i.b() {
                            // Open results may end below A in code 5.1's checker accepts.
                            0 => self.stack.len().saturating_sub(first),
                            b => b as usize - 1,
                        };
                        // Most frames return with no upvalue of theirs open: no call for them.
                        if self.open_upvalues.last().is_some_and(|&(i, _)| i >= base) {
                            self.close_upvalues(base);
                        }
                        let frame = *self.frames.last().expect("returning frame");
                        if !frame.returns_to_native {
                            // Back into the Lua caller, without leaving the loop.
                            self.frames.pop();
                            let dst = frame.func as usize;
                            if let Ok(wanted) = usize::try_from(frame.wanted) {
                                // The caller's CALL names `wanted` registers from `dst` (the
                                // checker bounds them by its window); results lie below the
                                // top.
                                let registers = Registers::of_stack_mut(&mut self.stack);
                                let moved = n.min(wanted);
                                for j in 0..moved {
                                    registers[dst + j] = registers[first + j];
                                }
                                for j in moved..wanted {
                                    registers[dst + j] = Value::Nil;
                                }
                                load_top_frame!();
                                self.stack.resize(frame_top!(), Value::Nil);
                            } else {
                                self.stack.copy_within(first..first + n, dst);
                                self.stack.truncate(dst + n);
                                load_top_frame!();
                            }
                            continue 'frame;
                        }
                        if frame.wanted == 1 && n >= 1 {
                            // One value back into a native's callback (comparators, `gsub`
                            // functions).
                            self.frames.pop();
                            Registers::of_stack_mut(&mut self.stack)[frame.func as usize] = reg!(a);
                            self.stack.truncate(frame.func as usize + 1);
                            return Ok(());
                        }
                        self.return_to_native(first, n);
                        return Ok(());
                    }
                    op::FOR_LOOP => {
                        let r = base + a as usize;
                        // One bounds check for the four loop slots.
                        let slots = Registers::of_stack_mut(&mut self.stack).run_mut(r, 4);
                        let (Value::Number(idx), Value::Number(limit), Value::Number(step)) =
                            (slots[0], slots[1], slots[2])
                        else {
                            save_pc!();
                            return Err(self.runtime_error(b"'for' loop state corrupted"));
                        };
                        let idx = idx + step;
                        // Each sign of the step tests its own bound and jumps: two
                        // predictable branches, where one shared test made the compiler
                        // compute both bounds and select.
                        if 0.0 < step {
                            if idx <= limit {
                                slots[0] = Value::Number(idx);
                                slots[3] = Value::Number(idx);
                                pc = (pc as i64 + i.sbx() as i64) as usize;
                            }
                        } else if limit <= idx {
                            slots[0] = Value::Number(idx);
                            slots[3] = Value::Number(idx);
                            pc = (pc as i64 + i.sbx() as i64) as usize;
                        }
                    }
                    op::FOR_PREP => {
                        save_pc!();
                        self.for_prep(base + a as usize)?;
                        pc = (pc as i64 + i.sbx() as i64) as usize;
                    }
                    op::T_FOR_LOOP => {
                        save_pc!();
                        if self.tfor_call(base + a as usize, i.c(), frame_top!())? {
                            jump_next!();
                        } else {
                            pc += 1;
                        }
                    }
                    op::SET_LIST => {
                        pc = self.set_list_op(base, i, &proto.proto.code, pc, frame_top!())?
                    }
                    op::CLOSE => self.close_upvalues(base + a as usize),
                    op::CLOSURE => pc = self.closure_op(proto, cl, base, i, pc)?,
                    op::VAR_ARG => self.var_arg(base, i),
                    _ => {
                        save_pc!();
                        return Err(self.runtime_error(b"invalid instruction"));
                    }
                }
            }
        }
    }

    /// The argument count of a call with B = 0: the values from `func + 1` to the end of
    /// the open results before it. Code that 5.1's checker accepts may end those results at
    /// or below `func` (5.1 then reads stale slots); here the call gets no arguments and the
    /// missing slots read nil.
    #[inline]
    fn open_arguments(&mut self, func: usize) -> usize {
        if self.stack.len() <= func {
            self.stack.resize(func + 1, Value::Nil);
        }
        self.stack.len() - func - 1
    }

    /// Where a LOADBOOL whose C is above 1 lands (5.1 skips for any non-zero C but only
    /// checks C = 1): `target` when it is a checked instruction, an error when it lies past
    /// the code or on a SETLIST count word (5.1 would run an unchecked word there).
    #[cold]
    fn unchecked_skip(&mut self, code: &[Instruction], target: usize) -> LuaResult<usize> {
        let run = setlist_run_before(code, target);
        self.charge_instructions(run as u64)?;
        if target < code.len() && run & 1 == 0 {
            Ok(target)
        } else {
            Err(self.runtime_error(b"LOADBOOL skips to an unchecked instruction"))
        }
    }

    #[inline(always)]
    pub(crate) fn lua_function(&self, f: FnRef) -> &LuaFunction {
        match &self.heap.functions[f] {
            Function::Lua(f) => f,
            Function::Native(_) => unreachable!("Lua frame running a native function"),
        }
    }

    /// Raises an error whose message is `msg` prefixed by the current Lua position, if any
    /// (5.1's `luaG_runerror`).
    #[cold]
    pub(crate) fn runtime_error(&mut self, msg: &[u8]) -> LuaError {
        let mut full = self.current_position();
        full.extend_from_slice(msg);
        LuaError::Runtime(self.heap.str_value(&full))
    }
}

/// 5.1's `%`: `a - floor(a/b)*b`.
#[inline(always)]
pub(crate) fn lua_mod(a: f64, b: f64) -> f64 {
    a - floor(a / b) * b
}

/// `x.floor()`, inline: without SSE4.1 the library's `floor` is a call of some twenty
/// instructions. Below 2^51 in magnitude, adding and subtracting 1.5 * 2^52 rounds `x` to an
/// integer exactly (the sum lies where doubles are one apart), in two instructions where a
/// round trip through `i64` takes seven (Rust's casts saturate); the sign of a zero is kept
/// (`floor(-0.0)` is `-0.0`).
#[inline(always)]
fn floor(x: f64) -> f64 {
    const EXACT_BELOW: f64 = 2_251_799_813_685_248.0; // 2^51
    const ROUNDER: f64 = 6_755_399_441_055_744.0; // 1.5 * 2^52
    if x.abs() < EXACT_BELOW {
        let t = (x + ROUNDER) - ROUNDER;
        if t > x {
            t - 1.0
        } else {
            t.copysign(x)
        }
    } else {
        x.floor()
    }
}

/// The register an RK operand names, if it names one.
#[inline(always)]
fn rk_reg(x: u32) -> Option<u32> {
    (x & BITRK == 0).then_some(x)
}

/// True when two raw-unequal values may still be equal through `__eq`.
#[inline(always)]
fn same_kind_with_identity(x: Value, y: Value) -> bool {
    matches!(
        (x, y),
        (Value::Table(_), Value::Table(_)) | (Value::UserData(_), Value::UserData(_))
    )
}

#[cfg(test)]
mod tests {
    use super::floor;

    #[test]
    fn inline_floor_matches_the_library_bit_for_bit() {
        let cases = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            -1.0,
            1.0,
            -1e-300,
            2.5,
            -2.5,
            1e15 + 0.5,
            -(1e15 + 0.5),
            4_503_599_627_370_495.5,
            -4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            2_251_799_813_685_247.5,
            -2_251_799_813_685_247.5,
            2_251_799_813_685_248.0,
            -2_251_799_813_685_248.5,
            0.49999999999999994,
            -0.49999999999999994,
            1.5,
            -1.5,
            3.5,
            -3.5,
            -1.0000000000000002,
            -7.0,
            123456789.99999999,
            1e300,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
        ];
        for x in cases {
            assert_eq!(floor(x).to_bits(), x.floor().to_bits(), "floor({x:e})");
        }
        assert!(floor(f64::NAN).is_nan());
    }

    #[test]
    fn inline_floor_matches_the_library_on_many_values() {
        // Values of every magnitude around the 2^51 switch, from a fixed linear congruential
        // sequence (deterministic, no dependency).
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
            let scale = 2f64.powi((state % 60) as i32 - 4);
            let x = (unit - 0.5) * scale;
            assert_eq!(floor(x).to_bits(), x.floor().to_bits(), "floor({x:e})");
        }
    }
}
