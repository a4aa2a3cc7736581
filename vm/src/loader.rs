//! Turning source text (or a binary chunk) into a callable function in this VM.

use std::rc::Rc;

use crate::bytecode::{code_is_valid, undump_within, Constant, Proto};
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
    ///
    /// # Panics
    /// If a function of `proto` fails 5.1's bytecode checker. The compiler's output and every
    /// loaded binary chunk pass it; a prototype built or changed by hand may not, and the
    /// execution loop reads registers unchecked on the checker's word (`exec/registers.rs`).
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
        assert!(
            code_is_valid(proto),
            "a prototype that fails the bytecode checker cannot be run"
        );
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

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::compiler::compile;
    use crate::state::Vm;

    #[test]
    fn a_compiled_prototype_is_instantiated() {
        let proto = compile(b"local a = 1 return a", b"=ok").expect("compiles");
        let mut vm = Vm::new();
        assert!(matches!(
            vm.instantiate(Rc::new(proto)),
            crate::value::Value::Function(_)
        ));
    }

    #[test]
    #[should_panic(expected = "fails the bytecode checker")]
    fn a_prototype_naming_registers_past_its_window_is_refused() {
        let mut proto = compile(b"local a = 1 return a", b"=bad").expect("compiles");
        proto.max_stack_size = 0;
        Vm::new().instantiate(Rc::new(proto));
    }
}
