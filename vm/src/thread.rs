//! Threads: each coroutine's value stack, call frames and open upvalues.
//!
//! The running thread's stack, frames and open upvalues live directly in [`crate::state::Vm`]
//! for fast access; a `Thread` object holds them while the thread is not running.

use std::ops::{Deref, DerefMut};
use std::rc::Rc;

use crate::function::{FnProto, Function, UpValRef};
use crate::heap::Heap;
use crate::stack::Stack;
use crate::value::{FnRef, TableRef, Value};

/// One activation record. It holds no reference to its prototype: the closure in `function`
/// (a GC root through the frame) keeps it alive, and [`Frame::proto`] finds it.
///
/// Stack indices and the program counter are stored as `u32` (the memory limit and the
/// frame limit keep them far below): a 40-byte frame instead of 64 makes every call's push
/// and the frame vector's growth during deep recursion cheaper.
#[derive(Clone, Copy)]
pub struct Frame {
    /// Stack index of the called function value; results are moved here on return.
    pub func: u32,
    /// Stack index of register 0 (for natives: of the first argument).
    pub base: u32,
    /// End of a Lua frame's registers (`base + max_stack_size`); unused for natives.
    pub top: u32,
    /// Next instruction to execute (Lua frames), saved whenever the frame may be observed.
    pub pc: u32,
    /// Results the caller wants, or `MULTIPLE_RESULTS`.
    pub wanted: i32,
    pub function: FnRef,
    /// A Lua frame (`function` is a Lua closure), not a native one.
    pub is_lua: bool,
    /// Number of extra arguments stored below `base` (vararg functions).
    pub varargs: u32,
    /// Tail calls this frame replaced, for tracebacks (`(tail call): ?`).
    pub tail_calls: u32,
    /// The execution loop that runs this frame returns to its native caller when the frame
    /// returns (instead of continuing with the frame below).
    pub returns_to_native: bool,
}

// Keeps the frame at the size its field types were chosen for.
const _: () = assert!(std::mem::size_of::<Frame>() == 40);

impl Frame {
    /// The prototype a Lua frame runs; `None` for a native frame.
    pub fn proto<'h>(&self, heap: &'h Heap) -> Option<&'h Rc<FnProto>> {
        if !self.is_lua {
            return None;
        }
        match heap.functions.get(self.function)? {
            Function::Lua(f) => Some(&f.proto),
            Function::Native(_) => None,
        }
    }
}

/// A thread's call frames: a vector whose accounted capacity (what the memory accounting
/// charges, [`Frames::capacity`]) grows as a `Vec`'s would from the thread's start, while the
/// allocation under it may be larger: a new coroutine reuses the allocation of one that
/// returned ([`Frames::recycled`]) instead of growing its own by reallocating and copying.
///
/// Dereferences to the live frames, as a `Vec` would.
#[derive(Default)]
pub(crate) struct Frames {
    frames: Vec<Frame>,
    /// At least `frames.len()`, at most `frames.capacity()`.
    accounted: usize,
}

impl Frames {
    pub(crate) fn with_capacity(capacity: usize) -> Frames {
        Frames {
            frames: Vec::with_capacity(capacity),
            accounted: capacity,
        }
    }

    /// The frames the memory accounting charges: the capacity a `Vec` holding these frames
    /// would have.
    #[inline(always)]
    pub(crate) fn capacity(&self) -> usize {
        self.accounted
    }

    #[inline(always)]
    pub(crate) fn push(&mut self, frame: Frame) {
        if self.frames.len() == self.accounted {
            self.account_growth();
        }
        self.frames.push(frame);
    }

    /// Doubles the accounted capacity (to at least four), as `Vec::push` grows a full vector;
    /// the allocation follows if it is smaller.
    #[cold]
    #[inline(never)]
    fn account_growth(&mut self) {
        self.accounted = (2 * self.accounted).max(4);
        self.frames
            .reserve_exact(self.accounted - self.frames.len());
    }

    #[inline(always)]
    pub(crate) fn pop(&mut self) -> Option<Frame> {
        self.frames.pop()
    }

    #[inline(always)]
    pub(crate) fn truncate(&mut self, len: usize) {
        self.frames.truncate(len);
    }

    /// The same allocation with no frame and nothing accounted, for a new thread.
    pub(crate) fn recycled(mut self) -> Frames {
        self.frames.clear();
        self.accounted = 0;
        self
    }

    /// Bytes allocated, accounted or not.
    pub(crate) fn allocated_bytes(&self) -> usize {
        self.frames.capacity() * std::mem::size_of::<Frame>()
    }
}

impl Deref for Frames {
    type Target = [Frame];

    #[inline(always)]
    fn deref(&self) -> &[Frame] {
        &self.frames
    }
}

impl DerefMut for Frames {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Frame] {
        &mut self.frames
    }
}

/// `wanted` value meaning "all results".
pub const MULTIPLE_RESULTS: i32 = -1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoStatus {
    /// Created or yielded: can be resumed.
    Suspended,
    /// Currently executing.
    Running,
    /// Resumed another coroutine and waits for it.
    Normal,
    /// Finished or failed.
    Dead,
}

impl CoStatus {
    pub fn name(self) -> &'static str {
        match self {
            CoStatus::Suspended => "suspended",
            CoStatus::Running => "running",
            CoStatus::Normal => "normal",
            CoStatus::Dead => "dead",
        }
    }
}

/// A coroutine's saved execution state.
pub struct Thread {
    /// Crate-private, as are the frames: the execution loop relies on every frame's register
    /// window being allocated in this stack (`exec/registers.rs`).
    pub(crate) stack: Stack,
    pub(crate) frames: Frames,
    /// Open upvalues pointing into `stack` with their stack index, sorted by that index.
    pub open_upvalues: Vec<(usize, UpValRef)>,
    pub status: CoStatus,
    /// The function a coroutine starts with (`None` for the main thread).
    pub body: Option<Value>,
    /// The thread's global table (5.1 gives each thread its own, inherited at creation);
    /// while the thread runs, `Vm::globals` is the authoritative copy.
    pub globals: TableRef,
    /// Native-call depth at which the coroutine was resumed; a yield needs to be exactly here.
    pub base_native_depth: u32,
    /// The debug hook set on this thread (`debug.sethook`).
    pub hook: crate::stdlib::debug::HookState,
    /// The thread's own frame limit (5.1's `size_ci` is per thread): an overflow in a
    /// coroutine raises only that coroutine's limit.
    pub frame_limit: usize,
    /// The thread's message handler while it is not running (see `Vm::error_handler`).
    pub error_handler: Option<Value>,
}

impl Thread {
    pub fn new(body: Option<Value>, globals: TableRef) -> Thread {
        Thread {
            stack: Stack::default(),
            frames: Frames::default(),
            open_upvalues: Vec::new(),
            status: CoStatus::Suspended,
            body,
            globals,
            base_native_depth: 0,
            hook: Default::default(),
            frame_limit: crate::state::MAX_FRAMES,
            error_handler: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Frame, Frames};
    use crate::state::Vm;
    use crate::value::Value;

    fn frame(vm: &mut Vm) -> Frame {
        let Value::Function(function) = vm.native("f", |_| Ok(0)) else {
            unreachable!("a native is a function")
        };
        Frame {
            func: 0,
            base: 1,
            top: 0,
            pc: 0,
            wanted: 0,
            function,
            is_lua: false,
            varargs: 0,
            tail_calls: 0,
            returns_to_native: false,
        }
    }

    #[test]
    fn accounted_capacity_grows_as_a_vec_does_even_in_recycled_room() {
        let f = frame(&mut Vm::new());
        let mut grown_from_nothing = Vec::new();
        let mut frames = Frames::default();
        for _ in 0..100 {
            grown_from_nothing.push(f);
            frames.push(f);
            assert_eq!(frames.capacity(), grown_from_nothing.capacity());
        }
        let allocated = frames.allocated_bytes();
        let mut frames = frames.recycled();
        assert_eq!((frames.len(), frames.capacity()), (0, 0));
        for pushed in 1..=100usize {
            frames.push(f);
            assert_eq!(frames.capacity(), pushed.next_power_of_two().max(4));
        }
        assert_eq!(frames.allocated_bytes(), allocated, "no reallocation");
        frames.truncate(3);
        assert_eq!(frames.len(), 3);
        assert!(frames.pop().is_some());
        assert_eq!(frames.len(), 2);
    }

    #[test]
    fn a_preallocated_vector_accounts_its_room_from_the_start() {
        let f = frame(&mut Vm::new());
        let mut frames = Frames::with_capacity(64);
        assert_eq!(frames.capacity(), 64);
        for _ in 0..65 {
            frames.push(f);
        }
        assert_eq!(frames.capacity(), 128);
    }
}
