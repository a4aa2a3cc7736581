//! Turning source text (or a binary chunk) into a callable function in this VM.

use std::rc::Rc;

use crate::bytecode::{undump_within, Constant, Proto};
use crate::compiler::{compile_text, is_binary_chunk};
use crate::function::{FnProto, Function, LuaFunction, UpVal};
use crate::state::Vm;
use crate::value::Value;

impl Vm {
    /// Compiles `source` (or loads a binary chunk) into a function whose environment is the
    /// globals. On failure, the message as `loadstring` reports it.
    /// Syntax nesting counts on top of the native calls in progress, as in 5.1.
    pub fn load(&mut self, source: &[u8], chunk_name: &[u8]) -> Result<Value, Vec<u8>> {
        let depth = self.native_depth;
        let proto = if self.binary_chunks && is_binary_chunk(source) {
            // What the loader allocates counts against the memory limit, as 5.1's does.
            let memory = self
                .memory_limit()
                .map(|limit| limit.saturating_sub(self.memory_in_use()));
            undump_within(source, chunk_name, depth, memory)
        } else {
            compile_text(source, chunk_name, depth)
        }
        .map_err(|e| e.message)?;
        Ok(self.instantiate(Rc::new(proto)))
    }

    /// A closure over a compiled prototype, with the globals as environment. A main chunk has
    /// no upvalues; a dumped function may declare some, which start out as fresh nils.
    pub fn instantiate(&mut self, proto: Rc<Proto>) -> Value {
        let loaded = self.link(&proto);
        let env = self.globals;
        let upvalues = (0..proto.num_upvalues)
            .map(|_| self.heap.upvalues.insert(UpVal::Closed(Value::Nil)))
            .collect();
        let f = self.heap.functions.insert(Function::Lua(LuaFunction {
            proto: loaded,
            upvalues,
            env,
        }));
        Value::Function(f)
    }

    /// Interns a prototype's constants (and its children's) into this VM's heap.
    fn link(&mut self, proto: &Rc<Proto>) -> Rc<FnProto> {
        let constants = proto
            .constants
            .iter()
            .map(|c| match c {
                Constant::Nil => Value::Nil,
                Constant::Boolean(b) => Value::Boolean(*b),
                Constant::Number(n) => Value::Number(*n),
                Constant::String(s) => self.heap.str_value(s),
            })
            .collect();
        let children = proto.protos.iter().map(|p| self.link(p)).collect();
        Rc::new(FnProto {
            proto: proto.clone(),
            constants,
            children,
        })
    }
}
