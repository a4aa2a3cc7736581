//! The Ferrous VM adapter: `ferrous-vm` behind [`Engine`].

use ferrous_vm::thread::MULTIPLE_RESULTS;
use ferrous_vm::{stdlib, ErrorKind as VmErrorKind, LuaResult, ScriptError, Value as VmValue, Vm};

use crate::engine::{Case, Engine, Profile};
use crate::normalize::{normalize, normalize_all, Inspect, Shape};
use crate::outcome::{error_message_for, ErrorKind, Outcome};

/// The Ferrous VM.
pub struct FerrousEngine;

impl Engine for FerrousEngine {
    fn name(&self) -> &str {
        "ferrous"
    }

    fn version(&self) -> String {
        format!("ferrous-vm {} (Lua 5.1)", ferrous_vm::VERSION)
    }

    fn run(&self, case: &Case) -> Outcome {
        if case.profile == Profile::Redis {
            return super::ferrous_redis::run(case);
        }
        // A new VM per case, not a clone of a pristine one: building it with its libraries
        // costs about 7 µs (`just bench-bench`, "build a Ferrous VM"), against 200-400 µs for
        // running a generated program; a clone would save little, and a fresh VM cannot carry
        // anything over from an earlier case.
        let mut vm = Vm::new();
        stdlib::open_lua51(&mut vm);
        vm.capture_output();
        vm.set_instruction_budget(Some(case.limits.instructions));
        vm.set_memory_limit(Some(case.limits.memory_bytes));
        let result = run_under_host_frame(&mut vm, case);
        let output = vm.take_output();
        // The reference treats the memory limit as the end of the run even when the script
        // catches the error (README: the reference host surface); so does this adapter.
        if vm.memory_limit_refused() {
            return Outcome::failed(
                ErrorKind::Memory,
                ferrous_reference::MEMORY_ERROR_MESSAGE.as_bytes().to_vec(),
                output,
            );
        }
        let reader = Reader(&vm);
        match result {
            Ok(values) => match normalize_all(&reader, &values) {
                Ok(returns) => Outcome::returned(returns, output),
                Err(reason) => Outcome::crashed(reason.as_str()),
            },
            Err(error) => {
                let kind = match error.kind {
                    VmErrorKind::Syntax => ErrorKind::Syntax,
                    VmErrorKind::Runtime => ErrorKind::Runtime,
                    VmErrorKind::Memory => ErrorKind::Memory,
                    VmErrorKind::Timeout | VmErrorKind::Interrupted => ErrorKind::Timeout,
                };
                match normalize(&reader, &error.value) {
                    Ok(value) => Outcome::failed(kind, error_message_for(&value), output),
                    Err(reason) => Outcome::crashed(reason.as_str()),
                }
            }
        }
    }
}

/// Runs the case's chunk the way the reference (like `lua.c`) does: called from a C function,
/// which is one more stack level (`[C]: ?` at the bottom of tracebacks, a level that
/// `getfenv`, `debug.getinfo` and `error` levels can name).
fn run_under_host_frame(vm: &mut Vm, case: &Case) -> Result<Vec<VmValue>, ScriptError> {
    let chunk = match vm.load(&case.source, case.chunk_name.as_bytes()) {
        Ok(chunk) => chunk,
        // `exec` reports a source that does not compile, as a syntax error.
        Err(_) => return vm.exec(&case.source, case.chunk_name.as_bytes()),
    };
    let host = vm.native("?", call_first_argument);
    vm.pcall_value(host, &[chunk])
}

/// The host frame: calls its first argument and returns what it returns.
fn call_first_argument(vm: &mut Vm) -> LuaResult<usize> {
    let func = vm.top() - vm.arg_count();
    vm.call(func, MULTIPLE_RESULTS)?;
    Ok(vm.top() - func)
}

/// Reads values out of the VM that produced them.
struct Reader<'a>(&'a Vm);

impl Inspect for Reader<'_> {
    type Value = VmValue;

    fn shape(&self, value: &VmValue) -> Result<Shape, String> {
        Ok(match *value {
            VmValue::Nil => Shape::Nil,
            VmValue::Boolean(b) => Shape::Boolean(b),
            VmValue::Number(n) => Shape::Number(n),
            VmValue::String(_) => {
                Shape::String(self.0.string_bytes(*value).unwrap_or_default().to_vec())
            }
            VmValue::Table(t) => Shape::Table {
                identity: t.index() as u64,
            },
            VmValue::Function(_) => Shape::Function,
            VmValue::UserData(_) => Shape::Userdata,
            VmValue::Thread(_) => Shape::Thread,
        })
    }

    fn entries(&self, table: &VmValue) -> Result<Vec<(VmValue, VmValue)>, String> {
        match *table {
            VmValue::Table(t) => Ok(self.0.table_entries(t)),
            other => Err(format!("not a table: {}", other.type_name())),
        }
    }
}
