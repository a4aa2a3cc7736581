//! `ferrous-lua`: a standalone interpreter that behaves like `lua5.1` (5.1's lua.c).
//!
//! ```text
//! ferrous-lua [options] [script [args]]
//!   -e stat   execute string 'stat'
//!   -l name   require library 'name'
//!   -i        interactive mode (refused: not supported)
//!   -v        show version information
//!   --        stop handling options
//!   -         execute stdin and stop handling options
//!   --list script   print the bytecode of script (like `luac -l`) instead of running it
//! ```
//!
//! `LUA_INIT` is honoured as in lua.c (`@file` or a chunk). Uncaught errors are printed as
//! `ferrous-lua: message` followed by the traceback `debug.traceback` gives, and the exit
//! status is 1.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::os::unix::ffi::OsStringExt;
use std::process::ExitCode;

use ferrous_vm::bytecode::listing;
use ferrous_vm::compiler::compile;
use ferrous_vm::stdlib::{self, c_stdout, debug::traceback_text, package::load_file};
use ferrous_vm::thread::MULTIPLE_RESULTS;
use ferrous_vm::{LuaError, LuaResult, Value, Vm};

const PROGRAM: &str = "ferrous-lua";
const VERSION: &str = "Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio";

fn main() -> ExitCode {
    let args: Vec<Vec<u8>> = std::env::args_os().map(OsString::into_vec).collect();
    // Lua code may recurse through native calls up to the VM's nesting limit; give it room.
    let runner = std::thread::Builder::new().stack_size(256 << 20);
    match runner.spawn(move || run(&args)).map(|h| h.join()) {
        Ok(Ok(true)) => ExitCode::SUCCESS,
        Ok(Ok(false)) => ExitCode::from(1),
        _ => {
            eprintln!("{PROGRAM}: internal error");
            ExitCode::from(1)
        }
    }
}

/// What the command line asks for (lua.c's `collectargs`).
struct Options {
    /// Index of the script in the arguments, if there is one.
    script: Option<usize>,
    interactive: bool,
    version: bool,
    has_statement: bool,
}

/// Scans the options; `None` when they are malformed.
fn collect_options(args: &[Vec<u8>]) -> Option<Options> {
    let mut options = Options {
        script: None,
        interactive: false,
        version: false,
        has_statement: false,
    };
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a.first() != Some(&b'-') {
            options.script = Some(i);
            return Some(options);
        }
        let attached = a.len() > 2;
        match a.get(1) {
            None => {
                options.script = Some(i);
                return Some(options);
            }
            Some(b'-') if !attached => {
                options.script = (i + 1 < args.len()).then_some(i + 1);
                return Some(options);
            }
            Some(b'i') if !attached => {
                options.interactive = true;
                options.version = true;
            }
            Some(b'v') if !attached => options.version = true,
            Some(b'e' | b'l') => {
                options.has_statement |= a[1] == b'e';
                if !attached {
                    i += 1;
                    if i >= args.len() {
                        return None;
                    }
                }
            }
            _ => return None,
        }
        i += 1;
    }
    Some(options)
}

fn run(args: &[Vec<u8>]) -> bool {
    if args.get(1).map(Vec::as_slice) == Some(b"--redis") {
        let model = Box::new(ferrous_redis_model::Model::new());
        return ferrous_vm::redis::cli::run(&args[2..], model);
    }
    if args.get(1).map(Vec::as_slice) == Some(b"--list") {
        return match args.get(2) {
            Some(path) => list(path),
            None => {
                print_usage();
                false
            }
        };
    }
    let mut vm = Vm::new();
    stdlib::open_standalone(&mut vm);
    let ok = run_with_vm(&mut vm, args);
    // As lua.c ends with `lua_close` (pending `__gc` finalizers run, files are closed) and then
    // `exit`, which flushes what standard output still buffers.
    vm.close();
    let _ = c_stdout::flush();
    let _ = std::io::stdout().flush();
    ok
}

fn run_with_vm(vm: &mut Vm, args: &[Vec<u8>]) -> bool {
    if !run_lua_init(vm) {
        return false;
    }
    let Some(options) = collect_options(args) else {
        print_usage();
        return false;
    };
    if options.version {
        print_version();
    }
    let end = options.script.unwrap_or(args.len());
    if !run_options(vm, args, end) {
        return false;
    }
    if let Some(script) = options.script {
        if !run_script(vm, args, script) {
            return false;
        }
    }
    if options.interactive {
        return refuse_interactive();
    }
    if options.script.is_none() && !options.has_statement && !options.version {
        if std::io::stdin().is_terminal() {
            print_version();
            return refuse_interactive();
        }
        let f = load_file(vm, None);
        return report_call(vm, f, &[]);
    }
    true
}

fn refuse_interactive() -> bool {
    message("interactive mode is not supported; give a script, -e, or -");
    false
}

/// `LUA_INIT`: a chunk to run first, or `@file` naming one.
fn run_lua_init(vm: &mut Vm) -> bool {
    let Some(init) = std::env::var_os("LUA_INIT") else {
        return true;
    };
    let init = init.into_vec();
    let f = match init.strip_prefix(b"@") {
        Some(file) => load_file(vm, Some(file)),
        None => vm.load(&init, b"=LUA_INIT"),
    };
    report_call(vm, f, &[])
}

/// Runs the `-e` and `-l` options in order (lua.c's `runargs`).
fn run_options(vm: &mut Vm, args: &[Vec<u8>], end: usize) -> bool {
    let mut i = 1;
    while i < end {
        let a = &args[i];
        let option = a.get(1).copied();
        if matches!(option, Some(b'e' | b'l')) {
            let value = if a.len() > 2 {
                a[2..].to_vec()
            } else {
                i += 1;
                args[i].clone()
            };
            let ok = if option == Some(b'e') {
                let f = vm.load(&value, b"=(command line)");
                report_call(vm, f, &[])
            } else {
                let g = vm.globals;
                let require = vm.get_field(g, "require");
                let name = vm.new_string(&value);
                report_call(vm, Ok(require), &[name])
            };
            if !ok {
                return false;
            }
        }
        i += 1;
    }
    true
}

/// Runs the script at `args[script]` (`-` is stdin) with the rest as its arguments.
fn run_script(vm: &mut Vm, args: &[Vec<u8>], script: usize) -> bool {
    let script_args = set_arg_table(vm, args, script);
    let name = &args[script];
    let from_stdin = name == b"-" && args[script - 1] != b"--";
    let f = load_file(vm, if from_stdin { None } else { Some(name) });
    report_call(vm, f, &script_args)
}

/// `arg[0]` is the script, `arg[1..]` its arguments, negative indices what came before.
fn set_arg_table(vm: &mut Vm, args: &[Vec<u8>], script: usize) -> Vec<Value> {
    let table = vm.heap.new_table(args.len() - script - 1, script + 1);
    for (i, a) in args.iter().enumerate() {
        let v = vm.new_string(a);
        vm.heap.tables[table].set_int(i as i64 - script as i64, v);
    }
    let g = vm.globals;
    vm.set_field(g, "arg", Value::Table(table));
    args[script + 1..]
        .iter()
        .map(|a| vm.new_string(a))
        .collect()
}

/// Calls a loaded chunk (or reports why it did not load) as lua.c's `docall` + `report`
/// do; true when all went well.
fn report_call(vm: &mut Vm, loaded: Result<Value, Vec<u8>>, args: &[Value]) -> bool {
    let f = match loaded {
        Ok(f) => f,
        Err(msg) => {
            message_bytes(&msg);
            return false;
        }
    };
    let runner = vm.native("?", call_with_traceback);
    let handler = vm.native("traceback", traceback_handler);
    let mut call_args = vec![handler, f];
    call_args.extend_from_slice(args);
    match vm.pcall_value(runner, &call_args) {
        Ok(_) => true,
        Err(e) => {
            // lua.c's `docall` collects garbage after an error; a finalizer's error escapes
            // that collection unprotected, and its message is reported instead.
            let top = vm.top();
            vm.push(e.value); // a root while the collector runs
            let collected = vm.collect_garbage();
            vm.truncate_stack(top);
            let reported = match collected {
                Ok(()) => e.value,
                Err(LuaError::Runtime(value)) => value,
                Err(LuaError::Memory) => vm.new_string(b"not enough memory"),
                Err(_) => e.value,
            };
            match reported {
                Value::Nil => {}
                Value::String(_) | Value::Number(_) => {
                    let text = vm
                        .to_display_string(reported)
                        .ok()
                        .and_then(|s| vm.string_bytes(s).map(<[u8]>::to_vec))
                        .unwrap_or_default();
                    message_bytes(&text);
                }
                _ => message("(error object is not a string)"),
            }
            false
        }
    }
}

/// A native function standing where lua.c's `pmain` stands (the `[C]: ?` at the bottom of
/// tracebacks): calls its second argument with the others under its first, lua.c's message
/// handler, and runs that handler on an error with the failed frames still in place.
fn call_with_traceback(vm: &mut Vm) -> LuaResult<usize> {
    let handler = vm.arg(1);
    let func = vm.top() - vm.arg_count() + 1;
    // The handler stays in argument slot 1 while it is set (errors raised while parsing, by
    // a `load` reader, pass through it too).
    let outer = vm.replace_error_handler(Some(handler));
    let result = vm.call(func, MULTIPLE_RESULTS);
    vm.replace_error_handler(outer);
    match result {
        Ok(()) => Ok(vm.top() - func),
        Err(LuaError::Runtime(msg)) => Err(LuaError::Runtime(add_traceback(vm, handler, msg))),
        Err(other) => Err(other),
    }
}

/// lua.c's `traceback` message handler as a function: `debug.traceback(msg, 2)`.
fn traceback_handler(vm: &mut Vm) -> LuaResult<usize> {
    let msg = vm.arg(1);
    if !matches!(msg, Value::String(_) | Value::Number(_)) {
        vm.push(msg);
        return Ok(1);
    }
    let g = vm.globals;
    let traceback = match vm.get_field(g, "debug") {
        Value::Table(debug) => vm.get_field(debug, "traceback"),
        _ => Value::Nil,
    };
    if !matches!(traceback, Value::Function(_)) {
        vm.push(msg);
        return Ok(1);
    }
    let text = vm.call_value(traceback, &[msg, Value::Number(2.0)], 1)?[0];
    vm.push(text);
    Ok(1)
}

/// An uncaught error's message as lua.c's handler makes it, run above the failed frames (so
/// `debug.traceback`'s levels, and where it elides the middle ones, are 5.1's).
fn add_traceback(vm: &mut Vm, handler: Value, msg: Value) -> Value {
    if !matches!(msg, Value::String(_) | Value::Number(_)) {
        return msg;
    }
    match vm.call_value(handler, &[msg], 1) {
        Ok(results) => results[0],
        // No room left for one more call (e.g. after a stack overflow): build it here.
        Err(_) => {
            let mut text = vm
                .to_display_string(msg)
                .ok()
                .and_then(|s| vm.string_bytes(s).map(<[u8]>::to_vec))
                .unwrap_or_default();
            text.push(b'\n');
            let thread = vm.current_thread();
            text.extend_from_slice(&traceback_text(vm, thread, 0));
            vm.new_string(&text)
        }
    }
}

fn message(text: &str) {
    message_bytes(text.as_bytes());
}

/// lua.c's `l_message`: `program: text` on stderr.
fn message_bytes(text: &[u8]) {
    // `fprintf(stderr, "%s\n", msg)`: the text ends at its first zero byte.
    let text = text.split(|&b| b == 0).next().unwrap_or_default();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(format!("{PROGRAM}: ").as_bytes());
    let _ = err.write_all(text);
    let _ = err.write_all(b"\n");
    let _ = err.flush();
}

fn print_version() {
    eprintln!("{VERSION}");
}

fn print_usage() {
    eprint!(
        "usage: {PROGRAM} [options] [script [args]].\n\
         Available options are:\n  \
         -e stat  execute string 'stat'\n  \
         -l name  require library 'name'\n  \
         -i       enter interactive mode after executing 'script'\n  \
         -v       show version information\n  \
         --       stop handling options\n  \
         -        execute stdin and stop handling options\n  \
         --list script  print the bytecode of script instead of running it\n"
    );
}

fn list(path: &[u8]) -> bool {
    let display = String::from_utf8_lossy(path).into_owned();
    let source = match std::fs::read(&display) {
        Ok(bytes) => bytes,
        Err(e) => {
            message(&format!("cannot open {display}: {e}"));
            return false;
        }
    };
    let mut chunk_name = b"@".to_vec();
    chunk_name.extend_from_slice(path);
    match compile(&source, &chunk_name) {
        Ok(proto) => {
            print!("{}", listing(&proto, true));
            true
        }
        Err(e) => {
            message_bytes(&e.message);
            false
        }
    }
}
