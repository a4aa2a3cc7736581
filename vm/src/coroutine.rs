//! Coroutine switching: `resume` runs a thread's frames in a nested execution loop on the
//! same VM, `yield` unwinds back to that `resume` with [`LuaError::Yield`].
//!
//! The running thread's stack, frames and open upvalues live in the `Vm` fields; a switch
//! swaps them with the `Thread` object's. As in 5.1, a yield is only possible when no native
//! call (pcall, metamethod, iterator...) stands between it and its `resume`: the native-call
//! depth at the yield must equal the depth `resume` recorded.

use crate::bytecode::consumes_open_results;
use crate::error::{LuaError, LuaResult};
use crate::state::{Vm, MAX_NATIVE_DEPTH};
use crate::thread::{CoStatus, Thread, MULTIPLE_RESULTS};
use crate::value::{TableRef, ThreadRef, Value};

/// Most storage a returned coroutine leaves for the next one (see `Vm::keep_spare_storage`):
/// room for a stack overflow's recursion of small frames.
const MAX_SPARE_BYTES: usize = 4 << 20;

impl Vm {
    /// A new suspended coroutine that will run `body`.
    pub fn new_thread(&mut self, body: Value) -> ThreadRef {
        self.heap
            .threads
            .insert(Thread::new(Some(body), self.globals))
    }

    pub fn current_thread(&self) -> ThreadRef {
        self.current_thread
    }

    pub fn is_main_thread(&self, t: ThreadRef) -> bool {
        t == self.main_thread
    }

    /// What `coroutine.status` reports.
    pub fn thread_status(&self, t: ThreadRef) -> CoStatus {
        if t == self.current_thread {
            CoStatus::Running
        } else {
            self.heap.threads[t].status
        }
    }

    /// A thread's global table.
    pub fn thread_globals(&self, t: ThreadRef) -> TableRef {
        if t == self.current_thread {
            self.globals
        } else {
            self.heap.threads[t].globals
        }
    }

    pub fn set_thread_globals(&mut self, t: ThreadRef, globals: TableRef) {
        if t == self.current_thread {
            self.globals = globals;
        } else {
            self.heap.threads[t].globals = globals;
        }
    }

    fn swap_thread_state(&mut self, t: ThreadRef) {
        let th = &mut self.heap.threads[t];
        std::mem::swap(&mut self.stack, &mut th.stack);
        std::mem::swap(&mut self.frames, &mut th.frames);
        std::mem::swap(&mut self.open_upvalues, &mut th.open_upvalues);
        std::mem::swap(&mut self.frame_limit, &mut th.frame_limit);
        std::mem::swap(&mut self.error_handler, &mut th.error_handler);
    }

    fn switch_to(&mut self, t: ThreadRef) {
        let current = self.current_thread;
        self.heap.threads[current].globals = self.globals;
        self.swap_thread_state(current);
        self.swap_thread_state(t);
        self.globals = self.heap.threads[t].globals;
        self.current_thread = t;
    }

    /// Resumes `co` with `args`. `Ok(Ok(values))` carries what it yielded or returned,
    /// `Ok(Err(value))` the error that killed it (or why it cannot be resumed); `Err` only
    /// for errors no script may catch (budget, interrupt).
    pub fn resume(
        &mut self,
        co: ThreadRef,
        args: &[Value],
    ) -> LuaResult<Result<Vec<Value>, Value>> {
        let status = self.thread_status(co);
        if status != CoStatus::Suspended {
            let msg = format!("cannot resume {} coroutine", status.name());
            return Ok(Err(self.new_string(msg.as_bytes())));
        }
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Ok(Err(self.new_string(b"C stack overflow")));
        }
        let previous = self.current_thread;
        self.heap.threads[previous].status = CoStatus::Normal;
        self.switch_to(co);
        self.heap.threads[co].status = CoStatus::Running;
        self.native_depth += 1;
        self.heap.threads[co].base_native_depth = self.native_depth;

        let result = if self.frames.is_empty() {
            self.adopt_spare_storage();
            let body = self.heap.threads[co].body.unwrap_or(Value::Nil);
            self.stack.clear();
            self.stack.push(body);
            self.stack.extend_from_slice(args);
            match self.precall(0, args.len(), MULTIPLE_RESULTS, true, None) {
                Ok(crate::exec::Called::Lua) => self.execute(),
                Ok(crate::exec::Called::Native) => Ok(()),
                Err(e) => Err(e),
            }
        } else {
            self.finish_yield(args)
        };
        self.native_depth -= 1;

        let outcome = match result {
            Ok(()) => {
                self.heap.threads[co].status = CoStatus::Dead;
                let results = self.stack.split_off(0);
                self.keep_spare_storage();
                Ok(Ok(results))
            }
            Err(LuaError::Yield) => {
                self.heap.threads[co].status = CoStatus::Suspended;
                let n = self.yield_count.min(self.stack.len());
                Ok(Ok(self.stack[self.stack.len() - n..].to_vec()))
            }
            Err(LuaError::Runtime(v)) => {
                self.heap.threads[co].status = CoStatus::Dead;
                Ok(Err(v))
            }
            Err(LuaError::Memory) => {
                self.heap.threads[co].status = CoStatus::Dead;
                Ok(Err(self.new_string(b"not enough memory")))
            }
            Err(fatal) => {
                self.heap.threads[co].status = CoStatus::Dead;
                Err(fatal)
            }
        };
        self.switch_to(previous);
        self.heap.threads[previous].status = CoStatus::Running;
        outcome
    }

    /// Gives the storage of the coroutine that just returned (no frame or value left on it)
    /// to the next new coroutine: a deep recursion in each of many coroutines then grows
    /// into room already allocated instead of reallocating and copying its stack and frames
    /// all the way up. Only storage up to [`MAX_SPARE_BYTES`] is kept, as it is not
    /// accounted while it waits. A coroutine that died of an error keeps its frames for
    /// `debug.traceback`.
    fn keep_spare_storage(&mut self) {
        let stack = std::mem::take(&mut self.stack);
        let frames = std::mem::take(&mut self.frames);
        if stack.allocated_bytes() + frames.allocated_bytes() <= MAX_SPARE_BYTES {
            self.spare_storage = Some((stack.recycled(), frames.recycled()));
        }
    }

    /// Gives a coroutine's first run the spare storage, if its own is still unallocated.
    fn adopt_spare_storage(&mut self) {
        if self.stack.capacity() == 0 && self.frames.capacity() == 0 {
            if let Some((stack, frames)) = self.spare_storage.take() {
                self.stack = stack;
                self.frames = frames;
            }
        }
    }

    /// Delivers `values` as the results of the pending `yield` call and runs on.
    fn finish_yield(&mut self, values: &[Value]) -> LuaResult<()> {
        let frame = self
            .frames
            .pop()
            .expect("a suspended coroutine stops in yield");
        let first = self.stack.len();
        self.stack.extend_from_slice(values);
        self.move_results(frame.func as usize, first, values.len(), frame.wanted);
        let caller = self.frames.last().expect("yield was called from Lua");
        // A yield reached through a tail call wants every result, yet what runs next may be
        // no RETURN in bytecode 5.1's checker accepts: it needs the frame's registers back.
        let next = caller
            .proto(&self.heap)
            .and_then(|p| p.proto.code.get(caller.pc as usize).copied());
        if frame.wanted != MULTIPLE_RESULTS || !consumes_open_results(next.as_ref()) {
            let top = caller.top as usize;
            self.stack.resize(top, Value::Nil);
        }
        self.execute()
    }

    /// `coroutine.yield(...)` with the running native's arguments as the yielded values.
    pub fn yield_args(&mut self) -> LuaError {
        let base = self.heap.threads[self.current_thread].base_native_depth;
        if self.current_thread == self.main_thread || self.native_depth != base {
            return self.runtime_error(b"attempt to yield across metamethod/C-call boundary");
        }
        self.yield_count = self.arg_count();
        LuaError::Yield
    }
}

#[cfg(test)]
mod tests {
    use crate::state::Vm;
    use crate::stdlib;

    #[test]
    fn a_coroutine_in_a_returned_ones_storage_overflows_at_the_same_depth() {
        let mut vm = Vm::new();
        stdlib::open_lua51(&mut vm);
        vm.capture_output();
        let script = b"
            local function depth()
              local n = 0
              local function f() n = n + 1 return 1 + f() end
              pcall(f)
              return n
            end
            local first = coroutine.wrap(depth)()
            local second = coroutine.wrap(depth)()
            print(first, second)";
        assert!(vm.exec(script, b"=test").is_ok());
        let output = String::from_utf8(vm.take_output()).unwrap();
        let depths: Vec<&str> = output.split_whitespace().collect();
        assert_eq!(depths[0], depths[1], "{output}");
        let (stack, frames) = vm.spare_storage.as_ref().expect("storage kept");
        assert_eq!((stack.capacity(), frames.capacity()), (0, 0));
        assert!(stack.allocated_bytes() > 0 && frames.allocated_bytes() > 0);
    }
}
