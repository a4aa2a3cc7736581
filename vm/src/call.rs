//! Calls and returns (5.1's ldo.c): frame setup, native calls, results, upvalues, and the
//! re-entrant [`Vm::call`] that natives and metamethods use to run Lua code.
//!
//! Re-entrancy design: a native function is a plain Rust function that receives `&mut Vm`.
//! To call back into Lua it pushes the function and its arguments and calls [`Vm::call`],
//! which runs a nested execution loop until that call returns. Errors are Rust `Err`s that
//! travel up through every nested loop; frames are left in place while they travel (so a
//! handler or traceback can still see them) and the catcher (`pcall`, `resume`, the host)
//! truncates the frames and the stack back to its own level.

use crate::bytecode::{Proto, VARARG_NEEDSARG};
use crate::error::{LuaError, LuaResult};
use crate::exec::Called;
use crate::function::{Function, NativeFn, UpVal, UpValRef};
use crate::state::{Event, Vm, MAX_FRAMES, MAX_NATIVE_DEPTH};
use crate::thread::{Frame, MULTIPLE_RESULTS};
use crate::value::{FnRef, Value};

/// What a new Lua frame needs from its prototype: copied out, so that setting up the frame
/// holds no reference to (or count on) the prototype itself.
#[derive(Clone, Copy)]
pub(crate) struct FrameShape {
    num_params: u8,
    is_vararg: u8,
    max_stack_size: u8,
}

impl FrameShape {
    #[inline(always)]
    pub(crate) fn of(p: &Proto) -> FrameShape {
        FrameShape {
            num_params: p.num_params,
            is_vararg: p.is_vararg,
            max_stack_size: p.max_stack_size,
        }
    }
}

impl Vm {
    /// Calls `stack[func]` with the `nargs` values above it. A Lua callee gets a frame (which
    /// the caller's loop must run); a native callee runs now.
    #[inline]
    pub(crate) fn precall(
        &mut self,
        func: usize,
        nargs: usize,
        wanted: i32,
        returns_to_native: bool,
        name_reg: Option<u32>,
    ) -> LuaResult<Called> {
        self.stack.truncate(func + 1 + nargs);
        let (callee, nargs) = self.callable_at(func, nargs, name_reg)?;
        match &self.heap.functions[callee] {
            Function::Lua(f) => {
                let shape = FrameShape::of(&f.proto.proto);
                self.push_lua_frame(func, nargs, wanted, returns_to_native, callee, shape, 0)?;
                Ok(Called::Lua)
            }
            Function::Native(f) => {
                let native = f.func;
                self.run_native(func, nargs, wanted, callee, native)?;
                Ok(Called::Native)
            }
        }
    }

    /// The function to call at `stack[func]`, going through `__call` for other values (the
    /// metamethod is inserted below the arguments, which become one more).
    #[inline(always)]
    pub(crate) fn callable_at(
        &mut self,
        func: usize,
        nargs: usize,
        name_reg: Option<u32>,
    ) -> LuaResult<(FnRef, usize)> {
        if let Value::Function(f) = self.stack[func] {
            return Ok((f, nargs));
        }
        self.callable_through_metamethod(func, nargs, name_reg)
    }

    /// [`Vm::callable_at`] for a value that is not a function: its `__call`, or the error.
    #[cold]
    #[inline(never)]
    fn callable_through_metamethod(
        &mut self,
        func: usize,
        nargs: usize,
        name_reg: Option<u32>,
    ) -> LuaResult<(FnRef, usize)> {
        let value = self.stack[func];
        match self.metamethod(value, Event::Call) {
            Value::Function(f) => {
                self.stack.insert(func, Value::Function(f));
                Ok((f, nargs + 1))
            }
            _ => Err(self.type_error(value, name_reg, "call")),
        }
    }

    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub(crate) fn push_lua_frame(
        &mut self,
        func: usize,
        nargs: usize,
        wanted: i32,
        returns_to_native: bool,
        function: FnRef,
        p: FrameShape,
        tail_calls: u32,
    ) -> LuaResult<()> {
        self.check_frame_room()?;
        let params = p.num_params as usize;
        let max_stack = p.max_stack_size as usize;
        // Any vararg flag moves the parameters up, as 5.1's `luaD_precall` tests the whole
        // byte (a loaded chunk may set NEEDSARG without ISVARARG).
        let (base, varargs) = if p.is_vararg == 0 {
            self.stack.truncate(func + 1 + nargs.min(params));
            (func + 1, 0)
        } else {
            let actual = nargs.max(params);
            self.stack.resize(func + 1 + actual, Value::Nil);
            let base = func + 1 + actual;
            for j in 0..params {
                let v = std::mem::take(&mut self.stack[func + 1 + j]);
                self.stack.push(v);
            }
            let varargs = actual - params;
            if p.is_vararg & VARARG_NEEDSARG != 0 {
                let arg = self.vararg_table(base - varargs, varargs);
                self.stack.push(arg);
            }
            (base, varargs)
        };
        self.ensure_stack(base + max_stack)?;
        self.stack.resize(base + max_stack, Value::Nil);
        self.frames.push(Frame {
            func: func as u32,
            base: base as u32,
            top: (base + max_stack) as u32,
            pc: 0,
            wanted,
            function,
            is_lua: true,
            varargs: varargs as u32,
            tail_calls,
            returns_to_native,
        });
        Ok(())
    }

    /// Refuses a new frame at the limit with "stack overflow". As in 5.1, the limit then
    /// doubles so that an error handler has room to run; overflowing that too is an error
    /// in error handling. The limit comes back down once the stack has unwound.
    #[inline]
    pub(crate) fn check_frame_room(&mut self) -> LuaResult<()> {
        if self.frames.len() < self.frame_limit {
            return Ok(());
        }
        if self.frame_limit > MAX_FRAMES {
            return Err(LuaError::Runtime(
                self.heap.str_value(b"error in error handling"),
            ));
        }
        self.frame_limit = 2 * MAX_FRAMES;
        Err(self.runtime_error(b"stack overflow"))
    }

    /// Makes room for a frame ending at `len` slots, charging the growth to the memory limit
    /// before the stack reallocates (5.1's `luaD_growstack` fails the same way).
    #[inline]
    pub(crate) fn ensure_stack(&mut self, len: usize) -> LuaResult<()> {
        if len <= self.stack.capacity() {
            return Ok(());
        }
        self.grow_stack(len)
    }

    #[cold]
    fn grow_stack(&mut self, len: usize) -> LuaResult<()> {
        let capacity = self.stack.capacity();
        // What `Vec` grows to: at least double.
        let grown = len.max(capacity.saturating_mul(2));
        let extra = (grown - capacity).saturating_mul(std::mem::size_of::<Value>());
        self.check_memory_limit(extra)?;
        self.stack.reserve_exact(grown);
        Ok(())
    }

    /// 5.1's compatibility `arg` table: the extra arguments plus `n`.
    fn vararg_table(&mut self, from: usize, count: usize) -> Value {
        let t = self.heap.new_table(count, 1);
        for j in 0..count {
            let v = self.stack[from + j];
            self.heap.tables[t].set_int(j as i64 + 1, v);
        }
        let n = self.heap.intern(b"n");
        self.heap.tables[t].set_str(n, Value::Number(count as f64));
        Value::Table(t)
    }

    pub(crate) fn run_native(
        &mut self,
        func: usize,
        nargs: usize,
        wanted: i32,
        function: FnRef,
        native: NativeFn,
    ) -> LuaResult<()> {
        self.check_frame_room()?;
        self.frames.push(Frame {
            func: func as u32,
            base: (func + 1) as u32,
            top: 0,
            pc: 0,
            wanted,
            function,
            is_lua: false,
            varargs: 0,
            tail_calls: 0,
            returns_to_native: false,
        });
        debug_assert_eq!(self.stack.len(), func + 1 + nargs);
        if self.hooks_active {
            self.native_hook(false)?;
        }
        let n = native(self)?;
        if self.hooks_active {
            let top = self.stack.len();
            self.native_hook(true)?;
            self.stack.truncate(top);
        }
        self.frames.pop();
        let top = self.stack.len();
        let n = n.min(top - func - 1);
        if wanted == 1 && n >= 1 {
            // The common `x = f(...)`.
            self.stack[func] = self.stack[top - n];
            self.stack.truncate(func + 1);
        } else {
            self.move_results(func, top - n, n, wanted);
        }
        // The native's Rust locals are gone and its results are on the stack: a safe point,
        // which also catches what natives allocated without a safe point of their own.
        if self.gc_due() {
            self.gc_safe_point()?;
        }
        Ok(())
    }

    /// Moves `n` results from `first` down to `dst`, adjusted to `wanted` (padding with nil or
    /// dropping extras); the stack then ends right after them.
    #[inline]
    pub(crate) fn move_results(&mut self, dst: usize, first: usize, n: usize, wanted: i32) {
        if first != dst {
            if n <= 4 {
                // A loop beats a memmove call for the usual one or two results.
                for j in 0..n {
                    self.stack[dst + j] = self.stack[first + j];
                }
            } else {
                self.stack.copy_within(first..first + n, dst);
            }
        }
        if wanted == MULTIPLE_RESULTS {
            self.stack.truncate(dst + n);
        } else {
            let wanted = wanted as usize;
            self.stack.truncate(dst + n.min(wanted));
            self.stack.resize(dst + wanted, Value::Nil);
        }
    }

    /// Calls `stack[func]` with every value above it as arguments, on behalf of a native
    /// function or a metamethod (5.1's `luaD_call`). Results replace the function and
    /// arguments, adjusted to `wanted`; the stack then ends right after them.
    pub fn call(&mut self, func: usize, wanted: i32) -> LuaResult<()> {
        let nargs = self.stack.len() - func - 1;
        self.native_depth += 1;
        if self.native_depth >= MAX_NATIVE_DEPTH {
            let result = if self.native_depth == MAX_NATIVE_DEPTH {
                Err(self.runtime_error(b"C stack overflow"))
            } else if self.native_depth >= MAX_NATIVE_DEPTH + MAX_NATIVE_DEPTH / 8 {
                Err(LuaError::Runtime(
                    self.heap.str_value(b"error in error handling"),
                ))
            } else {
                Ok(())
            };
            if let Err(e) = result {
                self.native_depth -= 1;
                return Err(e);
            }
        }
        let result = match self.precall(func, nargs, wanted, true, None) {
            Ok(Called::Lua) => self.execute(),
            Ok(Called::Native) => Ok(()),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        result
    }

    /// Calls `f(args...)` and returns its first `wanted` results (all with `MULTIPLE_RESULTS`).
    pub fn call_value(&mut self, f: Value, args: &[Value], wanted: i32) -> LuaResult<Vec<Value>> {
        let func = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        self.call(func, wanted)?;
        Ok(self.stack.split_off(func))
    }

    /// Calls `f(args...)` and returns its first result (5.1's `callTMres`).
    pub(crate) fn call_value1(&mut self, f: Value, args: &[Value]) -> LuaResult<Value> {
        let func = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        self.call(func, 1)?;
        let v = self.stack[func];
        self.stack.truncate(func);
        Ok(v)
    }

    /// Calls `f(args...)` in protected mode: a catchable error comes back as `Ok(Err(value))`
    /// with the state unwound to where it was; uncatchable errors go on as `Err`.
    pub fn try_call_value(
        &mut self,
        f: Value,
        args: &[Value],
        wanted: i32,
    ) -> LuaResult<Result<Vec<Value>, Value>> {
        self.protected_call(f, args, wanted, false)
    }

    /// [`Vm::try_call_value`] for a call 5.1 makes while parsing (a `load` reader): a runtime
    /// error first passes through the running thread's message handler, with the failed
    /// frames still in place, as `L->errfunc` sees them in 5.1's protected parser.
    pub(crate) fn try_call_while_parsing(
        &mut self,
        f: Value,
        args: &[Value],
        wanted: i32,
    ) -> LuaResult<Result<Vec<Value>, Value>> {
        self.protected_call(f, args, wanted, true)
    }

    fn protected_call(
        &mut self,
        f: Value,
        args: &[Value],
        wanted: i32,
        through_handler: bool,
    ) -> LuaResult<Result<Vec<Value>, Value>> {
        let frames = self.frames.len();
        let depth = self.native_depth;
        let top = self.stack.len();
        match self.call_value(f, args, wanted) {
            Ok(values) => Ok(Ok(values)),
            Err(LuaError::Runtime(v)) if through_handler => {
                let handled = self.through_error_handler(v);
                self.unwind_to(frames, top, depth);
                Ok(Err(handled?))
            }
            Err(e) => {
                let v = self.catchable_error_value(e)?;
                self.unwind_to(frames, top, depth);
                Ok(Err(v))
            }
        }
    }

    /// A message as the running thread's message handler turns it (unchanged without one);
    /// a failing handler makes it "error in error handling", as in 5.1.
    pub(crate) fn through_error_handler(&mut self, message: Value) -> LuaResult<Value> {
        let Some(handler) = self.error_handler else {
            return Ok(message);
        };
        if !matches!(handler, Value::Function(_)) {
            return Ok(self.new_string(b"error in error handling"));
        }
        match self.try_call_value(handler, &[message], 1)? {
            Ok(results) => Ok(results[0]),
            Err(_) => Ok(self.new_string(b"error in error handling")),
        }
    }

    /// Unwinds after a caught error: closes upvalues above `stack_level`, drops the frames
    /// above `frame_level`, and restores the native-call depth.
    pub(crate) fn unwind_to(&mut self, frame_level: usize, stack_level: usize, native_depth: u32) {
        self.close_upvalues(stack_level);
        self.frames.truncate(frame_level);
        if self.frames.len() < MAX_FRAMES {
            self.frame_limit = MAX_FRAMES;
        }
        self.stack.truncate(stack_level);
        self.native_depth = native_depth;
    }

    // An open upvalue's slot may lie past the end of its stack: bytecode that 5.1's checker
    // accepts can end open results below a captured register (5.1 then reads stale memory).
    // Such a slot reads nil and ignores stores.
    #[inline]
    pub(crate) fn upvalue_get(&self, uv: UpValRef) -> Value {
        // A reference chosen on every path and copied once: the value moves as one 16-byte
        // load and store (merging values built on different paths splits the copy).
        let slot = match &self.heap.upvalues[uv] {
            UpVal::Closed(v) => v,
            &UpVal::Open { thread, index } if thread == self.current_thread => {
                self.stack.get(index).unwrap_or(&Value::Nil)
            }
            &UpVal::Open { thread, index } => {
                let stack = &self.heap.threads[thread].stack;
                stack.get(index).unwrap_or(&Value::Nil)
            }
        };
        *slot
    }

    #[inline]
    pub(crate) fn upvalue_set(&mut self, uv: UpValRef, v: Value) {
        match &mut self.heap.upvalues[uv] {
            UpVal::Closed(slot) => *slot = v,
            UpVal::Open { thread, index } if *thread == self.current_thread => {
                if let Some(slot) = self.stack.get_mut(*index) {
                    *slot = v;
                }
            }
            UpVal::Open { thread, index } => {
                let (thread, index) = (*thread, *index);
                if let Some(slot) = self.heap.threads[thread].stack.get_mut(index) {
                    *slot = v;
                }
            }
        }
    }

    /// The open upvalue for stack slot `index`, created if no closure captured it yet.
    pub(crate) fn find_upvalue(&mut self, index: usize) -> UpValRef {
        let pos = self.open_upvalues.partition_point(|&(i, _)| i < index);
        if let Some(&(i, uv)) = self.open_upvalues.get(pos) {
            if i == index {
                return uv;
            }
        }
        let uv = self.heap.upvalues.insert(UpVal::Open {
            thread: self.current_thread,
            index,
        });
        self.open_upvalues.insert(pos, (index, uv));
        uv
    }

    /// Closes every open upvalue at or above stack slot `level`.
    #[inline]
    pub(crate) fn close_upvalues(&mut self, level: usize) {
        while let Some(&(index, uv)) = self.open_upvalues.last() {
            if index < level {
                break;
            }
            let v = self.stack.get(index).copied().unwrap_or_default();
            self.heap.upvalues[uv] = UpVal::Closed(v);
            self.open_upvalues.pop();
        }
    }
}
