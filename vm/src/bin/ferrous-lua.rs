//! `ferrous-lua`: a standalone interpreter that behaves like `lua5.1`.
//!
//! ```text
//! ferrous-lua [options] [script [args]]
//!   -e stat   execute string 'stat'
//!   -v        show version information
//!   --list    print the bytecode of script (like `luac -l`) instead of running it
//!   -         execute stdin and stop handling options
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

use ferrous_vm::bytecode::listing;
use ferrous_vm::compiler::compile;
use ferrous_vm::{stdlib, ScriptError, Value, Vm};

const PROGRAM: &str = "ferrous-lua";
const VERSION: &str = "Lua 5.1.5 (Ferrous VM)  Copyright (C) 1994-2012 Lua.org, PUC-Rio";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    // Lua code may recurse through native calls up to the VM's nesting limit; give it room.
    let runner = std::thread::Builder::new().stack_size(256 << 20);
    match runner.spawn(move || run(&args)).map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("{PROGRAM}: internal error");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> ExitCode {
    let mut vm = Vm::new();
    stdlib::open_lua51(&mut vm);
    let code = run_in(&mut vm, args);
    // As lua.c ends with `lua_close`: pending `__gc` finalizers run.
    vm.close();
    code
}

fn run_in(vm: &mut Vm, args: &[String]) -> ExitCode {
    let mut i = 1;
    let mut ran_something = false;
    while i < args.len() {
        match args[i].as_str() {
            "-e" => {
                let Some(chunk) = args.get(i + 1) else {
                    return usage("'-e' needs argument");
                };
                let result = run_chunk(vm, chunk.as_bytes(), b"=(command line)");
                if !report(vm, result) {
                    return ExitCode::from(1);
                }
                ran_something = true;
                i += 2;
            }
            "-v" => {
                println!("{VERSION}");
                ran_something = true;
                i += 1;
            }
            "--list" => {
                let Some(path) = args.get(i + 1) else {
                    return usage("'--list' needs a script");
                };
                return list(path);
            }
            "-" => return run_script(vm, args, i, None),
            "--" => {
                i += 1;
                break;
            }
            option if option.starts_with('-') => {
                return usage(&format!("unrecognized option '{option}'"));
            }
            _ => break,
        }
    }
    if i < args.len() {
        let path = args[i].clone();
        return run_script(vm, args, i, Some(&path));
    }
    if !ran_something {
        return run_script(vm, args, args.len(), None);
    }
    ExitCode::SUCCESS
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{PROGRAM}: {problem}");
    eprintln!("usage: {PROGRAM} [-e stat] [-v] [--list script] [script [args]] [-]");
    ExitCode::from(1)
}

/// Runs a script file (or stdin when `path` is `None`), with `arg` set as lua.c sets it.
fn run_script(vm: &mut Vm, args: &[String], script_index: usize, path: Option<&str>) -> ExitCode {
    let (source, chunk_name) = match path {
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => (bytes, format!("@{path}").into_bytes()),
            Err(e) => {
                eprintln!("{PROGRAM}: cannot open {path}: {e}");
                return ExitCode::from(1);
            }
        },
        None => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("{PROGRAM}: cannot read stdin: {e}");
                return ExitCode::from(1);
            }
            (bytes, b"=stdin".to_vec())
        }
    };
    let script_args = set_arg_table(vm, args, script_index);
    let f = match vm.load(&source, &chunk_name) {
        Ok(f) => f,
        Err(msg) => {
            print_error(&msg, b"");
            return ExitCode::from(1);
        }
    };
    let result = vm.pcall_value(f, &script_args);
    if report(vm, result.map(|_| ())) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `arg[0]` is the script, `arg[1..]` its arguments, negative indices what came before.
fn set_arg_table(vm: &mut Vm, args: &[String], script_index: usize) -> Vec<Value> {
    let table = vm.heap.new_table(args.len(), 0);
    for (i, a) in args.iter().enumerate() {
        let v = vm.new_string(a.as_bytes());
        vm.heap.tables[table].set_int(i as i64 - script_index as i64, v);
    }
    let g = vm.globals;
    vm.set_field(g, "arg", Value::Table(table));
    args.iter()
        .skip(script_index + 1)
        .map(|a| vm.new_string(a.as_bytes()))
        .collect()
}

fn run_chunk(vm: &mut Vm, source: &[u8], chunk_name: &[u8]) -> Result<(), ScriptError> {
    vm.exec(source, chunk_name).map(|_| ())
}

/// Prints an error as lua.c does; true when there was none.
fn report(vm: &mut Vm, result: Result<(), ScriptError>) -> bool {
    let Err(e) = result else { return true };
    let message = match vm.string_bytes(e.value) {
        Some(s) => s.to_vec(),
        None => match e.value {
            Value::Number(_) => vm
                .to_display_string(e.value)
                .ok()
                .and_then(|s| vm.string_bytes(s).map(<[u8]>::to_vec))
                .unwrap_or_default(),
            _ => b"(error object is not a string)".to_vec(),
        },
    };
    print_error(&message, &e.traceback);
    false
}

fn print_error(message: &[u8], traceback: &[u8]) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(format!("{PROGRAM}: ").as_bytes());
    let _ = err.write_all(message);
    if !traceback.is_empty() {
        let _ = err.write_all(b"\n");
        let _ = err.write_all(traceback);
    }
    let _ = err.write_all(b"\n");
}

fn list(path: &str) -> ExitCode {
    let source = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{PROGRAM}: cannot open {path}: {e}");
            return ExitCode::from(1);
        }
    };
    match compile(&source, format!("@{path}").as_bytes()) {
        Ok(proto) => {
            print!("{}", listing(&proto, true));
            ExitCode::SUCCESS
        }
        Err(e) => {
            print_error(&e.message, b"");
            ExitCode::from(1)
        }
    }
}
