//! Register, constant and instruction access without bounds checks, for the execution loop
//! only.
//!
//! Invariant: every slot the running Lua frame addresses through this module (its registers,
//! and its function slot just below them) is below the allocated length of the running
//! thread's stack (`Stack::capacity`). It is established and kept by:
//! - frame entry: every Lua frame is entered only after `Vm::ensure_stack(base +
//!   max_stack_size)` (the CALL fast path, `push_lua_frame`, the tail call's
//!   `replace_frame`; the loop checks again whenever it re-reads a frame's prototype from
//!   its closure), and a thread's stack storage never shrinks while frames run on it
//!   (`Stack` only moves its top; a finished coroutine gives its storage up with no frame
//!   left);
//! - the code: 5.1's checker (`bytecode/check.rs`), run on every function before it can be
//!   instantiated (`Vm::instantiate`, which also covers the compiler's output), refuses any
//!   instruction naming a register at or above `max_stack_size`: A always, B and C where
//!   they are registers, SELF's A + 1, the loops' A + 3, TFORLOOP's A + 2 + C, a CALL's or
//!   RETURN's fixed argument and result ranges, LOADNIL's B; the compiler sizes
//!   `max_stack_size` to the registers it uses (its output passes the same checker, tested
//!   in `compiler/tests.rs`), and debug builds assert every access.
//!
//! Open upvalues: an upvalue of the running thread that is open names a slot of that
//! thread's stack below its allocated length: it is opened (`Vm::find_upvalue`, called only
//! by CLOSURE) on a register of a running frame, and the storage never shrinks while the
//! thread lives, so GETUPVAL and SETUPVAL address it unchecked.
//!
//! Constants and instructions: the checker refuses a constant index past the constants
//! (RK operands, LOADK's and the globals' Bx), a jump outside the code, a skip (LOADBOOL
//! with C = 1, a test's jump, SETLIST's count word, CLOSURE's pseudo-instructions) past
//! it, and code not ending in RETURN, so the program counter only ever reaches instructions
//! (LOADBOOL with C > 1 is bounded at run time by `unchecked_skip`; a frame's saved pc is
//! checked against the code whenever the loop re-reads the frame's prototype).
//!
//! The running closure's prototype and upvalue list ([`running_closure`]) are borrowed for as
//! long as its frame runs, without a reference count: the closure is alive (its frame's
//! function slot, below the registers, is a GC root that no instruction writes: registers
//! start above it), and a closure's `proto` and `upvalues` are never reassigned (crate-private
//! fields, set only when the closure is built), so what they own stays where it is even when
//! the arena holding the closure moves it. The loop drops the borrow when the frame stops
//! running: on a return, a tail call (which overwrites the function slot, and reloads), or
//! an error or yield (the loop returns). GETUPVAL and SETUPVAL index the upvalue list
//! unchecked: the checker bounds their B by the prototype's `num_upvalues`, and every
//! closure is built with exactly that many (`closure_op`, `Vm::instantiate`).
//!
//! Ranges that end at the stack top (open results, VARARG with B = 0) may reach past the
//! frame's window: they are read with checked indexing, never through this module.
//!
//! Why `unsafe`: callgrind instruction counts (`benches/instructions.sh`) with the
//! register-window `Stack` and checked `stack[base + r]`, then with this module:
//! fib 376.5M -> 341.2M, methods 1565.4M -> 1430.5M, loops 2354.7M -> 1837.9M,
//! closures 553.7M -> 496.3M (checked access through the stack's live slice costs two
//! compares per register; reference Lua 5.1: 251.6M, 1304.0M, 1425.2M, 356.4M). Constants
//! and instructions unchecked as well (with RETURN skipping the call that closes upvalues
//! when none is open): fib 331.0M, methods 1398.7M, loops 1733.9M, closures 465.4M.

use std::ops::{Index, IndexMut};

use crate::function::{FnProto, LuaFunction, UpValRef};
use crate::stack::Stack;
use crate::value::Value;

/// The prototype and upvalue handles of the closure a frame runs, borrowed from the heap
/// for as long as that frame runs (see the module invariant), so that calls and returns take
/// no reference count and upvalue access no arena lookup.
#[inline(always)]
pub(super) fn running_closure<'frame>(
    f: &LuaFunction,
) -> (&'frame FnProto, &'frame Unchecked<UpValRef>) {
    let proto: *const FnProto = &*f.proto;
    let upvalues: *const [UpValRef] = &*f.upvalues;
    // SAFETY: the module invariant: both are owned by the closure (an `Rc` and a `Box`,
    // whose contents do not move), which outlives the frame's run, and neither is replaced.
    unsafe { (&*proto, Unchecked::of(&*upvalues)) }
}

/// A slice indexed without bounds checks: the running thread's allocated stack slots, the
/// running function's constants or its code.
#[repr(transparent)]
pub(super) struct Unchecked<T>([T]);

/// The allocated slots of the running thread's stack.
pub(super) type Registers = Unchecked<Value>;

impl<T> Unchecked<T> {
    #[inline(always)]
    pub(super) fn of(slice: &[T]) -> &Unchecked<T> {
        let slice: *const [T] = slice;
        // SAFETY: `Unchecked` is a transparent wrapper of `[T]`.
        unsafe { &*(slice as *const Unchecked<T>) }
    }

    #[inline(always)]
    pub(super) fn of_mut(slice: &mut [T]) -> &mut Unchecked<T> {
        let slice: *mut [T] = slice;
        // SAFETY: `Unchecked` is a transparent wrapper of `[T]`.
        unsafe { &mut *(slice as *mut Unchecked<T>) }
    }

    /// `len` consecutive elements from `first` (the numeric loops' four registers).
    #[inline(always)]
    pub(super) fn run_mut(&mut self, first: usize, len: usize) -> &mut [T] {
        debug_assert!(first + len <= self.0.len(), "unchecked run out of bounds");
        // SAFETY: the module invariant.
        unsafe { self.0.get_unchecked_mut(first..first + len) }
    }
}

impl Registers {
    #[inline(always)]
    pub(super) fn of_stack(stack: &Stack) -> &Registers {
        Unchecked::of(stack.allocated())
    }

    #[inline(always)]
    pub(super) fn of_stack_mut(stack: &mut Stack) -> &mut Registers {
        Unchecked::of_mut(stack.allocated_mut())
    }
}

impl<T> Index<usize> for Unchecked<T> {
    type Output = T;

    #[inline(always)]
    fn index(&self, i: usize) -> &T {
        debug_assert!(i < self.0.len(), "unchecked index out of bounds");
        // SAFETY: the module invariant.
        unsafe { self.0.get_unchecked(i) }
    }
}

impl<T> IndexMut<usize> for Unchecked<T> {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut T {
        debug_assert!(i < self.0.len(), "unchecked index out of bounds");
        // SAFETY: the module invariant.
        unsafe { self.0.get_unchecked_mut(i) }
    }
}
