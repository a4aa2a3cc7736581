//! The execution loop's rarely-run opcode bodies and slow paths, out of line: the fewer
//! values and calls the loop's own body holds, the more of its state (program counter,
//! base, code) stays in registers for the hot opcodes.
//!
//! Each function runs with the frame's program counter already saved, as the loop does
//! before anything that may raise an error or call out.

use crate::bytecode::{consumes_open_results, Instruction, OpCode};
use crate::call::FrameShape;
use crate::error::LuaResult;
use crate::exec::registers::Registers;
use crate::exec::Called;
use crate::function::{FnProto, Function, LuaFunction, NativeFn};
use crate::state::Vm;
use crate::table::fb2int;
use crate::thread::MULTIPLE_RESULTS;
use crate::value::{FnRef, Value};

use crate::constructor::SMALL_TABLE_SIZE_FIELD;

impl Vm {
    /// CALL for anything but a Lua function with fixed parameters and frame room: natives,
    /// vararg functions, `__call`, and the errors.
    #[cold]
    #[inline(never)]
    pub(super) fn call_slow(
        &mut self,
        func: usize,
        nargs: usize,
        wanted: i32,
        a: u32,
        frame_top: usize,
    ) -> LuaResult<Called> {
        let called = self.precall(func, nargs, wanted, false, Some(a))?;
        if let Called::Native = called {
            if wanted != MULTIPLE_RESULTS {
                self.stack.resize(frame_top, Value::Nil);
            }
        }
        Ok(called)
    }

    /// CALL of a native function found in the register (the loop has looked it up).
    #[cold]
    #[inline(never)]
    pub(super) fn call_native(
        &mut self,
        func: usize,
        nargs: usize,
        wanted: i32,
        function: FnRef,
        native: NativeFn,
        frame_top: usize,
    ) -> LuaResult<()> {
        self.stack.truncate(func + 1 + nargs);
        self.run_native(func, nargs, wanted, function, native)?;
        if wanted != MULTIPLE_RESULTS {
            self.stack.resize(frame_top, Value::Nil);
        }
        Ok(())
    }

    /// TAILCALL: a Lua callee replaces the frame (`true`: the loop reloads); a native one
    /// runs now and the RETURN that follows returns its results.
    #[cold]
    #[inline(never)]
    pub(super) fn tail_call(
        &mut self,
        base: usize,
        i: Instruction,
        next: Option<&Instruction>,
        frame_top: usize,
    ) -> LuaResult<bool> {
        let a = i.a();
        let func = base + a as usize;
        let nargs = match i.b() {
            0 => self.open_arguments(func),
            b => b as usize - 1,
        };
        self.stack.truncate(func + 1 + nargs);
        let (callee, nargs) = self.callable_at(func, nargs, Some(a))?;
        let native = match &self.heap.functions[callee] {
            Function::Lua(f) => {
                let p = &f.proto.proto;
                if p.is_vararg == 0 {
                    let (max_stack, params) = (p.max_stack_size as usize, p.num_params as usize);
                    self.replace_frame(base, func, callee, nargs.min(params), max_stack)?;
                } else {
                    let shape = FrameShape::of(p);
                    self.tail_call_vararg(base, func, nargs, callee, shape)?;
                }
                return Ok(true);
            }
            Function::Native(f) => f.func,
        };
        // The stack ends after the arguments (`callable_at` keeps it so), as a native needs.
        self.run_native(func, nargs, MULTIPLE_RESULTS, callee, native)?;
        // 5.1's checker does not make a RETURN follow: anything else needs the frame's
        // registers back (5.1 leaves stale values there).
        if !consumes_open_results(next) {
            self.stack.resize(frame_top, Value::Nil);
        }
        Ok(false)
    }

    /// A tail call's vararg Lua callee: the frame is popped and the callee's pushed where
    /// it was, with the arguments moved down to the frame's function slot.
    #[cold]
    #[inline(never)]
    fn tail_call_vararg(
        &mut self,
        base: usize,
        func: usize,
        nargs: usize,
        callee: FnRef,
        shape: FrameShape,
    ) -> LuaResult<()> {
        self.close_upvalues(base);
        let frame = self.frames.pop().expect("tail call from a frame");
        let dst = frame.func as usize;
        self.stack.copy_within(func..func + 1 + nargs, dst);
        self.stack.truncate(dst + 1 + nargs);
        self.push_lua_frame(
            dst,
            nargs,
            frame.wanted,
            frame.returns_to_native,
            callee,
            shape,
            frame.tail_calls + 1,
        )
    }

    /// A tail call's Lua callee with fixed parameters takes over the running frame in place:
    /// the function and its first `kept` arguments move down to the frame's function slot,
    /// and the frame's registers are the callee's.
    #[inline(always)]
    fn replace_frame(
        &mut self,
        base: usize,
        func: usize,
        callee: FnRef,
        kept: usize,
        max_stack: usize,
    ) -> LuaResult<()> {
        let dst = self.frames.last().expect("tail call from a frame").func as usize;
        let new_base = dst + 1;
        let new_top = new_base + max_stack;
        self.ensure_stack(new_top)?;
        // Most frames have no upvalue of theirs open: no call for them (as RETURN).
        if self.open_upvalues.last().is_some_and(|&(i, _)| i >= base) {
            self.close_upvalues(base);
        }
        // The function and its arguments lie in the frame's window, `dst` below it.
        let registers = Registers::of_stack_mut(&mut self.stack);
        for j in 0..=kept {
            registers[dst + j] = registers[func + j];
        }
        self.stack.open_window(new_base + kept, new_top);
        let frame = self.frames.last_mut().expect("tail call from a frame");
        frame.base = new_base as u32;
        frame.top = new_top as u32;
        frame.pc = 0;
        frame.function = callee;
        frame.varargs = 0;
        frame.tail_calls += 1;
        Ok(())
    }

    /// RETURN from a frame a native called (through [`Vm::call`]): the frame is popped and
    /// its `n` results from `first` moved to its function slot, adjusted to what the native
    /// wanted.
    #[cold]
    #[inline(never)]
    pub(super) fn return_to_native(&mut self, first: usize, n: usize) {
        let frame = self.frames.pop().expect("returning frame");
        self.move_results(frame.func as usize, first, n, frame.wanted);
    }

    /// FORPREP's conversions and checks; the loop then jumps.
    #[cold]
    #[inline(never)]
    pub(super) fn for_prep(&mut self, ra: usize) -> LuaResult<()> {
        let Some(init) = self.to_number(self.stack[ra]) else {
            return Err(self.runtime_error(b"'for' initial value must be a number"));
        };
        let Some(limit) = self.to_number(self.stack[ra + 1]) else {
            return Err(self.runtime_error(b"'for' limit must be a number"));
        };
        let Some(step) = self.to_number(self.stack[ra + 2]) else {
            return Err(self.runtime_error(b"'for' step must be a number"));
        };
        self.stack[ra] = Value::Number(init - step);
        self.stack[ra + 1] = Value::Number(limit);
        self.stack[ra + 2] = Value::Number(step);
        Ok(())
    }

    /// TFORLOOP's call of the iterator; `true` when the loop goes on (the control variable
    /// is updated, the loop jumps back).
    #[cold]
    #[inline(never)]
    pub(super) fn tfor_call(
        &mut self,
        ra: usize,
        wanted: u32,
        frame_top: usize,
    ) -> LuaResult<bool> {
        if let Some(more) = self.library_iterator_step(ra, wanted) {
            return Ok(more);
        }
        let cb = ra + 3;
        // 5.1's checker lets A + 5 lie past the frame (C's stack has slack).
        if self.stack.len() < cb + 3 {
            self.stack.resize(cb + 3, Value::Nil);
        }
        self.stack.copy_within(cb - 3..cb, cb);
        self.stack.truncate(cb + 3);
        self.call(cb, wanted as i32)?;
        self.stack.resize(frame_top, Value::Nil);
        let first = self.stack[cb];
        if first.is_nil() {
            return Ok(false);
        }
        self.stack[ra + 2] = first;
        Ok(true)
    }

    /// SETLIST; returns the program counter after it (past the block word when C is 0).
    #[cold]
    #[inline(never)]
    pub(super) fn set_list_op(
        &mut self,
        base: usize,
        i: Instruction,
        code: &[Instruction],
        mut pc: usize,
        frame_top: usize,
    ) -> LuaResult<usize> {
        let first = base + i.a() as usize + 1;
        let n = match i.b() {
            0 => self.stack.len().saturating_sub(first),
            b => b as usize,
        };
        let block = match i.c() {
            0 => {
                pc += 1;
                code[pc - 1].0 as i32
            }
            c => c as i32,
        };
        self.save_pc(pc);
        self.set_list(first - 1, n, block)?;
        if i.b() == 0 {
            self.stack.resize(frame_top, Value::Nil);
        }
        Ok(pc)
    }

    /// CLOSURE with its upvalue pseudo-instructions; returns the program counter after them.
    #[cold]
    #[inline(never)]
    pub(super) fn closure_op(
        &mut self,
        proto: &FnProto,
        cl: FnRef,
        base: usize,
        i: Instruction,
        mut pc: usize,
    ) -> LuaResult<usize> {
        let code = &proto.proto.code;
        let child = proto.children[i.bx() as usize].clone();
        let count = child.proto.num_upvalues as usize;
        let mut upvalues = Vec::with_capacity(count);
        for _ in 0..count {
            let pseudo = code[pc];
            pc += 1;
            let uv = if pseudo.opcode() == Some(OpCode::Move) {
                self.find_upvalue(base + pseudo.b() as usize)
            } else {
                self.lua_function(cl).upvalues[pseudo.b() as usize]
            };
            upvalues.push(uv);
        }
        let env = self.lua_function(cl).env;
        let f = self.heap.functions.insert(Function::Lua(LuaFunction {
            proto: child,
            upvalues: upvalues.into_boxed_slice(),
            env,
        }));
        self.stack[base + i.a() as usize] = Value::Function(f);
        self.save_pc(pc);
        self.gc_check()?;
        Ok(pc)
    }

    /// VARARG: copies the frame's extra arguments into registers.
    #[cold]
    #[inline(never)]
    pub(super) fn var_arg(&mut self, base: usize, i: Instruction) {
        let count = self.frames.last().expect("a running frame").varargs as usize;
        let from = base - count;
        let dst = base + i.a() as usize;
        match i.b() {
            0 => {
                self.stack.resize(dst + count, Value::Nil);
                self.stack.copy_within(from..from + count, dst);
            }
            b => {
                for j in 0..b as usize - 1 {
                    self.stack[dst + j] = if j < count {
                        self.stack[from + j]
                    } else {
                        Value::Nil
                    };
                }
            }
        }
    }

    /// NEWTABLE: the table, with a collector step after it.
    #[cold]
    #[inline(never)]
    pub(super) fn new_table_op(&mut self, ra: usize, b: u32, c: u32, pc: usize) -> LuaResult<()> {
        let t = if b | c < SMALL_TABLE_SIZE_FIELD {
            self.heap.new_table(fb2int(b), fb2int(c))
        } else {
            // No save_pc here: 5.1's size errors name the last saved position.
            self.new_table_from_fields(b, c)?
        };
        self.stack[ra] = Value::Table(t);
        self.save_pc(pc);
        self.gc_check()
    }

    /// CONCAT of registers B..=C into `ra`, with a collector step after it.
    #[cold]
    #[inline(never)]
    pub(super) fn concat_op(&mut self, base: usize, i: Instruction) -> LuaResult<()> {
        let v = self.concat(base, i.b(), i.c())?;
        self.stack[base + i.a() as usize] = v;
        self.gc_check()
    }

    /// SETGLOBAL: a store into the closure's environment, through `__newindex` if need be.
    #[cold]
    #[inline(never)]
    pub(super) fn set_global(&mut self, cl: FnRef, key: Value, v: Value) -> LuaResult<()> {
        let env = self.lua_function(cl).env;
        self.set_index(Value::Table(env), key, v, None)
    }

    /// 5.1's `luaC_checkGC` after an allocating instruction: everything the frame holds is
    /// in its registers, so the collector may run here.
    #[inline(always)]
    pub(super) fn gc_check(&mut self) -> LuaResult<()> {
        if self.gc_due() {
            self.gc_safe_point()?;
        }
        Ok(())
    }

    /// Makes the running frame's position visible to error messages and callees.
    #[inline(always)]
    pub(super) fn save_pc(&mut self, pc: usize) {
        if let Some(frame) = self.frames.last_mut() {
            frame.pc = pc as u32;
        }
    }
}
