//! Register access without bounds checks, for the execution loop only.
//!
//! Invariant: every slot the running Lua frame addresses through this module (its registers,
//! and its function slot just below them) is below the allocated length of the running
//! thread's stack (`Stack::capacity`). It is established and kept by:
//! - frame entry: every Lua frame is entered only after `Vm::ensure_stack(base +
//!   max_stack_size)` (the CALL fast path, `push_lua_frame`, the tail call's
//!   `replace_frame`), and a thread's stack storage never shrinks while frames run on it
//!   (`Stack` only moves its top; a finished coroutine gives its storage up with no frame
//!   left);
//! - the code: 5.1's checker (`bytecode/check.rs`), run on every loaded chunk, refuses any
//!   instruction naming a register at or above `max_stack_size`: A always, B and C where
//!   they are registers, SELF's A + 1, the loops' A + 3, TFORLOOP's A + 2 + C, a CALL's or
//!   RETURN's fixed argument and result ranges, LOADNIL's B; the compiler sizes
//!   `max_stack_size` to the registers it uses (its output passes the same checker, tested
//!   in `compiler/tests.rs`), and debug builds assert every access.
//!
//! Ranges that end at the stack top (open results, VARARG with B = 0) may reach past the
//! frame's window: they are read with checked indexing, never through this module.
//!
//! Why `unsafe`: callgrind instruction counts (`benches/instructions.sh`) with the
//! register-window `Stack` and checked `stack[base + r]`, then with this module:
//! fib 376.5M -> 341.2M, methods 1565.4M -> 1430.5M, loops 2354.7M -> 1837.9M,
//! closures 553.7M -> 496.3M (checked access through the stack's live slice costs two
//! compares per register; reference Lua 5.1: 251.6M, 1304.0M, 1425.2M, 356.4M).

use std::ops::{Index, IndexMut};

use crate::stack::Stack;
use crate::value::Value;

/// The allocated slots of the running thread's stack, indexed without bounds checks.
#[repr(transparent)]
pub(super) struct Registers([Value]);

impl Registers {
    #[inline(always)]
    pub(super) fn of(stack: &Stack) -> &Registers {
        let slots: *const [Value] = stack.allocated();
        // SAFETY: `Registers` is a transparent wrapper of `[Value]`.
        unsafe { &*(slots as *const Registers) }
    }

    #[inline(always)]
    pub(super) fn of_mut(stack: &mut Stack) -> &mut Registers {
        let slots: *mut [Value] = stack.allocated_mut();
        // SAFETY: `Registers` is a transparent wrapper of `[Value]`.
        unsafe { &mut *(slots as *mut Registers) }
    }

    /// `len` consecutive registers from `first` (the numeric loops' four slots).
    #[inline(always)]
    pub(super) fn run_mut(&mut self, first: usize, len: usize) -> &mut [Value] {
        debug_assert!(first + len <= self.0.len(), "register run past the stack");
        // SAFETY: the module invariant: the run lies in the running frame's window.
        unsafe { self.0.get_unchecked_mut(first..first + len) }
    }
}

impl Index<usize> for Registers {
    type Output = Value;

    #[inline(always)]
    fn index(&self, slot: usize) -> &Value {
        debug_assert!(slot < self.0.len(), "register past the stack");
        // SAFETY: the module invariant: `slot` lies in the running frame's window.
        unsafe { self.0.get_unchecked(slot) }
    }
}

impl IndexMut<usize> for Registers {
    #[inline(always)]
    fn index_mut(&mut self, slot: usize) -> &mut Value {
        debug_assert!(slot < self.0.len(), "register past the stack");
        // SAFETY: the module invariant: `slot` lies in the running frame's window.
        unsafe { self.0.get_unchecked_mut(slot) }
    }
}
