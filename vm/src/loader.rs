//! Turning source text (or a binary chunk) into a callable function in this VM.

use std::rc::Rc;

use crate::bytecode::{code_is_valid, undump_within, Constant, Proto};
use crate::compiler::{compile_text, is_binary_chunk, Loaded};
use crate::function::{FnProto, Function, LuaFunction, UpVal};
use crate::state::Vm;
use crate::value::Value;

/// Whether linking a prototype runs the bytecode checker on each of its functions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Checked {
    /// Check every function now (and panic on one the checker refuses).
    Now,
    /// The binary-chunk loader checked every function as it read it.
    Already,
}

impl Vm {
    /// Compiles `source` (or loads a binary chunk) into a function whose environment is the
    /// globals. On failure, the message as `loadstring` reports it.
    /// Syntax nesting counts on top of the native calls in progress, as in 5.1.
    pub fn load(&mut self, source: &[u8], chunk_name: &[u8]) -> Result<Value, Vec<u8>> {
        let depth = self.native_depth;
        let loaded = if self.binary_chunks && is_binary_chunk(source) {
            // What the loader allocates counts against the memory limit, as 5.1's does.
            let memory = self
                .memory_limit()
                .map(|limit| limit.saturating_sub(self.memory_in_use()));
            undump_within(source, chunk_name, depth, memory).map(Loaded::Undumped)
        } else {
            compile_text(source, chunk_name, depth).map(Loaded::Compiled)
        }
        .map_err(|e| e.message)?;
        Ok(self.instantiate_loaded(loaded))
    }

    /// [`Vm::instantiate`] for a chunk straight from a loader: an undumped prototype passed
    /// the bytecode checker as it was read and nothing has touched it since, so it is not
    /// checked a second time.
    pub(crate) fn instantiate_loaded(&mut self, loaded: Loaded) -> Value {
        match loaded {
            Loaded::Compiled(proto) => self.instantiate(Rc::new(proto)),
            Loaded::Undumped(proto) => self.closure_over(Rc::new(proto), Checked::Already),
        }
    }

    /// A closure over a compiled prototype, with the globals as environment. A main chunk has
    /// no upvalues; a dumped function may declare some, which start out as fresh nils.
    ///
    /// # Panics
    /// If a function of `proto` fails 5.1's bytecode checker. The compiler's output and every
    /// loaded binary chunk pass it; a prototype built or changed by hand may not, and the
    /// execution loop reads registers unchecked on the checker's word (`exec/registers.rs`).
    pub fn instantiate(&mut self, proto: Rc<Proto>) -> Value {
        self.closure_over(proto, Checked::Now)
    }

    fn closure_over(&mut self, proto: Rc<Proto>, checked: Checked) -> Value {
        let loaded = self.link(&proto, checked);
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
    fn link(&mut self, proto: &Rc<Proto>, checked: Checked) -> Rc<FnProto> {
        assert!(
            checked == Checked::Already || code_is_valid(proto),
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
        let children = proto.protos.iter().map(|p| self.link(p, checked)).collect();
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
    use crate::value::Value;

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
    fn an_undumped_chunk_and_its_nested_functions_run() {
        let source = b"local a = ... return (function(b) return a + b end)(1)";
        let proto = compile(source, b"=dumped").expect("compiles");
        let bytes = crate::bytecode::dump(&proto, false);
        let mut vm = Vm::new();
        let f = vm.load(&bytes, b"=dumped").expect("loads");
        let results = vm.pcall_value(f, &[Value::Number(41.0)]).expect("runs");
        assert_eq!(results, vec![Value::Number(42.0)]);
    }

    #[test]
    #[should_panic(expected = "fails the bytecode checker")]
    fn a_prototype_naming_registers_past_its_window_is_refused() {
        let mut proto = compile(b"local a = 1 return a", b"=bad").expect("compiles");
        proto.max_stack_size = 0;
        Vm::new().instantiate(Rc::new(proto));
    }
}
