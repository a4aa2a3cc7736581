//! Function objects: Lua closures, native (Rust) functions, and upvalues.

use std::rc::Rc;

use crate::arena::Handle;
use crate::bytecode::Proto;
use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::{TableRef, ThreadRef, Value};

/// A native function. Its arguments are the values above the frame base (see
/// [`Vm::arg`]); it pushes its results and returns how many it pushed.
pub type NativeFn = fn(&mut Vm) -> LuaResult<usize>;

/// A prototype ready to run: the compiler's [`Proto`] plus its constants as VM values
/// (strings interned in this VM's heap) and its nested prototypes, loaded the same way.
/// Built only by the loader, from a prototype that passed the bytecode checker (the
/// execution loop reads its constants and code unchecked: `exec/registers.rs`).
pub struct FnProto {
    pub(crate) proto: Rc<Proto>,
    pub(crate) constants: Box<[Value]>,
    pub(crate) children: Box<[Rc<FnProto>]>,
}

/// A Lua closure. Its prototype and upvalue list are fixed when it is created (nothing
/// assigns them afterwards, and they are private to the crate): the execution loop relies on
/// that to borrow them for as long as the closure's frame runs (`exec/registers.rs`).
pub struct LuaFunction {
    pub(crate) proto: Rc<FnProto>,
    pub(crate) upvalues: Box<[UpValRef]>,
    pub env: TableRef,
}

pub struct NativeFunction {
    pub func: NativeFn,
    /// The name used when the function reports an error about itself (e.g. `'wrap'`).
    pub name: &'static str,
    pub upvalues: Box<[Value]>,
    pub env: TableRef,
}

pub enum Function {
    Lua(LuaFunction),
    Native(NativeFunction),
}

impl Function {
    pub fn env(&self) -> TableRef {
        match self {
            Function::Lua(f) => f.env,
            Function::Native(f) => f.env,
        }
    }

    pub fn set_env(&mut self, env: TableRef) {
        match self {
            Function::Lua(f) => f.env = env,
            Function::Native(f) => f.env = env,
        }
    }
}

/// An upvalue: open while the variable still lives in a thread's stack, closed (owning the
/// value) once that stack frame is gone.
#[derive(Clone, Copy, Debug)]
pub enum UpVal {
    Open { thread: ThreadRef, index: usize },
    Closed(Value),
}

pub type UpValRef = Handle<UpVal>;
