//! The VM state: the heap, the running thread's stack and frames, globals and limits.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::error::{LuaError, LuaResult};
use crate::function::{Function, NativeFn, NativeFunction, UpValRef};
use crate::gc::Collector;
use crate::heap::Heap;
use crate::stack::Stack;
use crate::thread::{CoStatus, Frames, Thread};
use crate::value::{StrRef, TableRef, ThreadRef, Value};

/// Metamethod events, in 5.1's order (ltm.h). The first five are cached as "absent" in a
/// table's `flags` byte, as 5.1's `fasttm` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Index,
    NewIndex,
    Gc,
    Mode,
    Eq,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Unm,
    Len,
    Lt,
    Le,
    Concat,
    Call,
}

impl Event {
    pub const COUNT: usize = 17;
    pub const NAMES: [&'static str; Event::COUNT] = [
        "__index",
        "__newindex",
        "__gc",
        "__mode",
        "__eq",
        "__add",
        "__sub",
        "__mul",
        "__div",
        "__mod",
        "__pow",
        "__unm",
        "__len",
        "__lt",
        "__le",
        "__concat",
        "__call",
    ];
}

/// Nesting limit for native-to-Lua calls, as 5.1's LUAI_MAXCCALLS ("C stack overflow").
pub const MAX_NATIVE_DEPTH: u32 = 200;
/// Call-frame limit of a thread, as 5.1's growth of its CallInfo array stops ("stack overflow").
pub const MAX_FRAMES: usize = 16_383;
/// Values a native function may push beyond its arguments (5.1's LUAI_MAXCSTACK).
pub const MAX_NATIVE_STACK: usize = 8000;

/// Longest string the VM builds (5.1 would fail allocating beyond this on most hosts).
pub const MAX_STRING_LEN: usize = 1 << 31;

/// Instructions run between two looks at the interrupt flag.
const STEP_SLICE: u64 = 10_000;

/// Where `print` writes.
pub enum Output {
    Stdout,
    Capture(Vec<u8>),
}

/// One Lua state.
pub struct Vm {
    pub heap: Heap,
    /// The running thread's value stack.
    pub(crate) stack: Stack,
    pub(crate) frames: Frames,
    pub(crate) open_upvalues: Vec<(usize, UpValRef)>,
    /// The stack and frame allocations of the last coroutine that returned, for the next
    /// new coroutine (see `Vm::resume`).
    pub(crate) spare_storage: Option<(Stack, Frames)>,
    pub(crate) current_thread: ThreadRef,
    pub(crate) main_thread: ThreadRef,
    pub globals: TableRef,
    pub registry: TableRef,
    /// Metatables for non-table, non-userdata types (indexed by [`type_slot`]).
    pub(crate) type_metatables: [Option<TableRef>; 6],
    pub(crate) event_names: [StrRef; Event::COUNT],
    /// Frames the running thread may hold: [`MAX_FRAMES`], doubled while a stack overflow
    /// is being handled.
    pub(crate) frame_limit: usize,
    /// The running thread's message handler (5.1's `L->errfunc`): set by `xpcall`, cleared
    /// by `pcall`. 5.1 parses under it too, so errors of a `load` reader pass through it.
    /// Whoever sets it keeps it reachable (xpcall's argument slot) while it is set.
    pub(crate) error_handler: Option<Value>,
    /// Nested native-to-Lua calls in progress (5.1's nCcalls).
    pub(crate) native_depth: u32,
    /// Instructions left before the next budget/interrupt check.
    pub(crate) steps_left: u64,
    /// Instructions left in the budget after the current slice, `None` when unlimited.
    budget_after_slice: Option<u64>,
    budget_spent: bool,
    interrupt: Arc<AtomicBool>,
    pub(crate) output: Output,
    /// Values a yield hands to `resume`.
    pub(crate) yield_count: usize,
    /// The garbage collector's state and settings.
    pub(crate) gc: Collector,
    /// Whether `load`/`loadstring` accept binary chunks (Redis's sandbox refuses them).
    pub(crate) binary_chunks: bool,
    /// The generator behind `math.random`.
    pub(crate) rng: crate::stdlib::math::CRand,
    /// Some thread has a debug hook: slices are one instruction long so that
    /// [`Vm::run_hooks`] sees every instruction.
    pub(crate) hooks_active: bool,
    /// The pattern matcher's working memory, reused from call to call.
    pub(crate) match_scratch: crate::stdlib::pattern::MatchScratch,
    /// Spare buffers for building strings.
    pub(crate) buffers: crate::buffers::BufferPool,
}

/// Slot in `type_metatables` for a value's type; `None` for tables and userdata, which
/// carry their own metatable.
pub(crate) fn type_slot(v: Value) -> Option<usize> {
    match v {
        Value::Nil => Some(0),
        Value::Boolean(_) => Some(1),
        Value::Number(_) => Some(2),
        Value::String(_) => Some(3),
        Value::Function(_) => Some(4),
        Value::Thread(_) => Some(5),
        Value::Table(_) | Value::UserData(_) => None,
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// A state with no libraries loaded (see [`crate::stdlib`] to open them).
    pub fn new() -> Vm {
        let mut heap = Heap::default();
        let globals = heap.new_table(0, 32);
        let registry = heap.new_table(0, 4);
        let event_names = Event::NAMES.map(|name| heap.intern(name.as_bytes()));
        let mut main = Thread::new(None, globals);
        main.status = CoStatus::Running;
        let main_thread = heap.threads.insert(main);
        Vm {
            heap,
            stack: Stack::with_capacity(256),
            frames: Frames::with_capacity(64),
            open_upvalues: Vec::new(),
            spare_storage: None,
            current_thread: main_thread,
            main_thread,
            globals,
            registry,
            type_metatables: [None; 6],
            event_names,
            frame_limit: MAX_FRAMES,
            error_handler: None,
            native_depth: 0,
            steps_left: STEP_SLICE,
            budget_after_slice: None,
            budget_spent: false,
            interrupt: Arc::new(AtomicBool::new(false)),
            output: Output::Stdout,
            yield_count: 0,
            rng: Default::default(),
            gc: Collector::new(),
            binary_chunks: true,
            hooks_active: false,
            match_scratch: Default::default(),
            buffers: Default::default(),
        }
    }

    /// Limits the instructions the VM may run from now on; `None` removes the limit.
    pub fn set_instruction_budget(&mut self, budget: Option<u64>) {
        self.budget_spent = false;
        match budget {
            None => {
                self.steps_left = STEP_SLICE;
                self.budget_after_slice = None;
            }
            Some(n) => {
                self.steps_left = n.min(STEP_SLICE);
                self.budget_after_slice = Some(n - self.steps_left);
            }
        }
    }

    /// Instructions the budget still allows (`u64::MAX` when unlimited).
    pub(crate) fn instructions_left(&self) -> u64 {
        match self.budget_after_slice {
            None => u64::MAX,
            Some(left) => left + self.steps_left,
        }
    }

    /// Counts work done outside the loop (e.g. pattern matching) against the budget.
    pub(crate) fn charge_instructions(&mut self, n: u64) -> LuaResult<()> {
        let mut n = n;
        while n > 0 {
            if self.steps_left == 0 {
                self.refill_steps()?;
            }
            let take = n.min(self.steps_left);
            self.steps_left -= take;
            n -= take;
        }
        Ok(())
    }

    /// A flag another thread can set to stop the running script with [`LuaError::Interrupted`].
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// Called by the execution loop when `steps_left` reaches zero.
    #[cold]
    pub(crate) fn refill_steps(&mut self) -> LuaResult<()> {
        if self.interrupt.swap(false, Ordering::Relaxed) {
            self.steps_left = 1;
            return Err(LuaError::Interrupted);
        }
        if self.budget_spent {
            self.steps_left = 1;
            return Err(LuaError::Timeout);
        }
        if self.hooks_active {
            self.run_hooks()?;
        }
        let slice_len = if self.hooks_active { 1 } else { STEP_SLICE };
        match &mut self.budget_after_slice {
            None => self.steps_left = slice_len,
            Some(0) => {
                self.budget_spent = true;
                self.steps_left = 1;
                return Err(LuaError::Timeout);
            }
            Some(left) => {
                let slice = (*left).min(slice_len);
                *left -= slice;
                self.steps_left = slice;
            }
        }
        Ok(())
    }

    /// Ends the current instruction slice now (returning its unused instructions to the
    /// budget), so that the loop calls [`Vm::refill_steps`] before its next instruction.
    pub(crate) fn end_slice(&mut self) {
        if let Some(left) = &mut self.budget_after_slice {
            *left += self.steps_left;
        }
        self.steps_left = 0;
    }

    /// Sends `print` output to a buffer instead of stdout.
    pub fn capture_output(&mut self) {
        self.output = Output::Capture(Vec::new());
    }

    /// Takes what `print` captured so far.
    pub fn take_output(&mut self) -> Vec<u8> {
        match &mut self.output {
            Output::Capture(buf) => std::mem::take(buf),
            Output::Stdout => Vec::new(),
        }
    }

    pub(crate) fn write_output(&mut self, bytes: &[u8]) {
        match &mut self.output {
            Output::Capture(buf) => buf.extend_from_slice(bytes),
            Output::Stdout => {
                let _ = crate::stdlib::c_stdout::write(bytes);
            }
        }
    }

    pub fn intern(&mut self, bytes: &[u8]) -> Value {
        self.heap.str_value(bytes)
    }

    /// Creates a native function value with the globals as its environment.
    pub fn native(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.native_with_upvalues(name, func, Vec::new())
    }

    pub fn native_with_upvalues(
        &mut self,
        name: &'static str,
        func: NativeFn,
        upvalues: Vec<Value>,
    ) -> Value {
        let env = self.globals;
        Value::Function(self.heap.functions.insert(Function::Native(NativeFunction {
            func,
            name,
            upvalues: upvalues.into_boxed_slice(),
            env,
        })))
    }

    /// Raw-sets `table[name] = value`.
    pub fn set_field(&mut self, table: TableRef, name: &str, value: Value) {
        let key = self.heap.intern(name.as_bytes());
        self.heap.tables[table].set_str(key, value);
    }

    /// Raw-gets `table[name]`.
    pub fn get_field(&mut self, table: TableRef, name: &str) -> Value {
        let key = self.heap.intern(name.as_bytes());
        self.heap.tables[table].get_str(key)
    }

    /// Registers native functions into `table`.
    pub fn register(&mut self, table: TableRef, functions: &[(&'static str, NativeFn)]) {
        for &(name, func) in functions {
            let f = self.native(name, func);
            self.set_field(table, name, f);
        }
    }

    /// The metatable of any value.
    pub fn metatable(&self, v: Value) -> Option<TableRef> {
        match v {
            Value::Table(t) => self.heap.tables[t].metatable,
            Value::UserData(u) => self.heap.userdata[u].metatable,
            other => self.type_metatables[type_slot(other).expect("typed slot")],
        }
    }

    pub(crate) fn set_type_metatable(&mut self, v: Value, mt: Option<TableRef>) {
        if let Some(slot) = type_slot(v) {
            self.type_metatables[slot] = mt;
        }
    }

    pub fn string_bytes(&self, v: Value) -> Option<&[u8]> {
        match v {
            Value::String(s) => Some(self.heap.str_bytes(s)),
            _ => None,
        }
    }
}
