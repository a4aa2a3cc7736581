//! Loading Lua code from the file system: `loadfile`, `dofile` (5.1's lbaselib.c and
//! `luaL_loadfile`), and the package library with `require` and `module` (loadlib.c).
//!
//! C modules cannot be loaded: the C loaders still search `package.cpath`, so the
//! "module not found" message lists the same candidates as 5.1, and a module found there
//! fails the way a 5.1 built without dynamic libraries fails.

use crate::compiler::skip_first_line_comment;
use crate::error::{LuaError, LuaResult};
use crate::state::Vm;
use crate::thread::MULTIPLE_RESULTS;
use crate::userdata::UserData;
use crate::value::{TableRef, Value};

use super::io::{host_path, os_error_text};

/// The Debian multiarch folder name of the machine the interpreter is built for.
#[cfg(target_arch = "aarch64")]
macro_rules! multiarch_triplet {
    () => {
        "aarch64-linux-gnu"
    };
}
#[cfg(not(target_arch = "aarch64"))]
macro_rules! multiarch_triplet {
    () => {
        "x86_64-linux-gnu"
    };
}

/// The defaults of the `lua5.1` that Debian and Ubuntu ship (5.1's own for /usr/local, then
/// the system folders where the distributions' Lua module packages install), so that
/// `ferrous-lua` finds and names the same files as the interpreter it stands in for.
const DEFAULT_PATH: &str = "./?.lua;/usr/local/share/lua/5.1/?.lua;\
/usr/local/share/lua/5.1/?/init.lua;/usr/local/lib/lua/5.1/?.lua;\
/usr/local/lib/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
const DEFAULT_CPATH: &str = concat!(
    "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/",
    multiarch_triplet!(),
    "/lua/5.1/?.so;/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so"
);
/// What 5.1 says when asked to load a C library without dynamic-library support.
const NO_DYNAMIC_LIBRARIES: &str = "dynamic libraries not enabled; check your Lua installation";

/// Registers `loadfile` and `dofile` in the globals.
pub fn open_file_loading(vm: &mut Vm) {
    let g = vm.globals;
    vm.register(g, &[("dofile", dofile), ("loadfile", loadfile)]);
}

/// Opens the package library: the `package` table, `require` and `module`, and
/// `package.loaded` filled with the libraries already present in the globals.
pub fn open(vm: &mut Vm) {
    let package = vm.heap.new_table(0, 8);
    let g = vm.globals;
    vm.set_field(g, "package", Value::Table(package));

    let loaders = vm.heap.new_table(4, 0);
    let preload = vm.native_with_upvalues(
        "loader_preload",
        loader_preload,
        vec![Value::Table(package)],
    );
    let lua = vm.native_with_upvalues("loader_Lua", loader_lua, vec![Value::Table(package)]);
    let c = vm.native_with_upvalues("loader_C", loader_c, vec![Value::Table(package)]);
    let croot = vm.native_with_upvalues("loader_Croot", loader_croot, vec![Value::Table(package)]);
    for (i, loader) in [preload, lua, c, croot].into_iter().enumerate() {
        vm.heap.tables[loaders].set_int(i as i64 + 1, loader);
    }
    vm.set_field(package, "loaders", Value::Table(loaders));

    let path = search_path("LUA_PATH", DEFAULT_PATH);
    let path = vm.new_string(&path);
    vm.set_field(package, "path", path);
    let cpath = search_path("LUA_CPATH", DEFAULT_CPATH);
    let cpath = vm.new_string(&cpath);
    vm.set_field(package, "cpath", cpath);
    let config = vm.new_string(b"/\n;\n?\n!\n-");
    vm.set_field(package, "config", config);

    let loaded = vm.heap.new_table(0, 16);
    vm.set_field(package, "loaded", Value::Table(loaded));
    let registry = vm.registry;
    vm.set_field(registry, "_LOADED", Value::Table(loaded));
    for name in [
        "_G",
        "coroutine",
        "debug",
        "io",
        "math",
        "os",
        "package",
        "string",
        "table",
    ] {
        let lib = vm.get_field(g, name);
        if let Value::Table(_) = lib {
            vm.set_field(loaded, name, lib);
        }
    }
    let preload_table = vm.heap.new_table(0, 0);
    vm.set_field(package, "preload", Value::Table(preload_table));
    vm.register(package, &[("loadlib", loadlib), ("seeall", seeall)]);

    // `require` marks a module being loaded with a value no module can return.
    let env = vm.globals;
    let sentinel = Value::UserData(vm.heap.new_userdata(UserData {
        metatable: None,
        env,
        host: None,
    }));
    let require =
        vm.native_with_upvalues("require", require, vec![Value::Table(package), sentinel]);
    vm.set_field(g, "require", require);
    let module = vm.native("module", module);
    vm.set_field(g, "module", module);
}

/// A search path from the environment variable, with `;;` standing for the default.
fn search_path(variable: &str, default: &str) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    match std::env::var_os(variable) {
        None => default.as_bytes().to_vec(),
        Some(value) => {
            let value = value.into_vec();
            let mut out = Vec::with_capacity(value.len() + default.len());
            let mut i = 0;
            while i < value.len() {
                if value[i..].starts_with(b";;") {
                    out.extend_from_slice(b";");
                    out.extend_from_slice(default.as_bytes());
                    out.extend_from_slice(b";");
                    i += 2;
                } else {
                    out.push(value[i]);
                    i += 1;
                }
            }
            out
        }
    }
}

/// `luaL_loadfile`: the function a file (or stdin, for `None`) holds, or the message.
pub fn load_file(vm: &mut Vm, filename: Option<&[u8]>) -> Result<Value, Vec<u8>> {
    let (bytes, chunk_name) = match filename {
        None => {
            let mut bytes = Vec::new();
            use std::io::Read;
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                return Err(format!("cannot read stdin: {}", os_error_text(&e)).into_bytes());
            }
            (bytes, b"=stdin".to_vec())
        }
        Some(name) => match std::fs::read(host_path(name)) {
            Ok(bytes) => {
                let mut chunk_name = b"@".to_vec();
                chunk_name.extend_from_slice(name);
                (bytes, chunk_name)
            }
            Err(e) => {
                let verb = if e.kind() == std::io::ErrorKind::IsADirectory {
                    "read"
                } else {
                    "open"
                };
                let mut msg = format!("cannot {verb} ").into_bytes();
                msg.extend_from_slice(name);
                msg.extend_from_slice(b": ");
                msg.extend_from_slice(os_error_text(&e).as_bytes());
                return Err(msg);
            }
        },
    };
    let source = skip_first_line_comment(&bytes);
    vm.load(&source, &chunk_name)
}

fn optional_filename(vm: &mut Vm) -> LuaResult<Option<Vec<u8>>> {
    Ok(match vm.opt_string(1)? {
        Some(s) => Some(vm.heap.str_bytes(s).to_vec()),
        None => None,
    })
}

fn loadfile(vm: &mut Vm) -> LuaResult<usize> {
    let filename = optional_filename(vm)?;
    match load_file(vm, filename.as_deref()) {
        Ok(f) => {
            vm.push(f);
            Ok(1)
        }
        Err(msg) => {
            vm.push(Value::Nil);
            vm.push_bytes(&msg);
            Ok(2)
        }
    }
}

fn dofile(vm: &mut Vm) -> LuaResult<usize> {
    let filename = optional_filename(vm)?;
    let f = match load_file(vm, filename.as_deref()) {
        Ok(f) => f,
        Err(msg) => return Err(LuaError::Runtime(vm.new_string(&msg))),
    };
    let func = vm.top();
    vm.push(f);
    vm.call(func, MULTIPLE_RESULTS)?;
    Ok(vm.top() - func)
}

fn package_table(vm: &mut Vm) -> TableRef {
    match vm.native_upvalue(0) {
        Value::Table(t) => t,
        _ => unreachable!("package functions are created with the package table"),
    }
}

/// `package.<field>` as a string, or the error 5.1 raises.
fn package_string(vm: &mut Vm, field: &str) -> LuaResult<Vec<u8>> {
    let package = package_table(vm);
    let v = vm.get_field(package, field);
    match v {
        Value::String(s) => Ok(vm.heap.str_bytes(s).to_vec()),
        Value::Number(x) => {
            let s = vm.number_to_str(x);
            Ok(vm.heap.str_bytes(s).to_vec())
        }
        _ => {
            let msg = format!("'package.{field}' must be a string");
            Err(vm.native_error(msg.as_bytes()))
        }
    }
}

/// Searches `package.<field>` for `name` (dots become directory separators): the first
/// readable candidate, or the "no file" lines for every candidate tried.
fn find_file(vm: &mut Vm, name: &[u8], field: &str) -> LuaResult<Result<Vec<u8>, Vec<u8>>> {
    let path = package_string(vm, field)?;
    let name: Vec<u8> = name
        .iter()
        .map(|&b| if b == b'.' { b'/' } else { b })
        .collect();
    let mut tried = Vec::new();
    for template in path.split(|&b| b == b';').filter(|t| !t.is_empty()) {
        let mut candidate = Vec::with_capacity(template.len() + name.len());
        for &b in template {
            if b == b'?' {
                candidate.extend_from_slice(&name);
            } else {
                candidate.push(b);
            }
        }
        if std::fs::File::open(host_path(&candidate)).is_ok() {
            return Ok(Ok(candidate));
        }
        tried.extend_from_slice(b"\n\tno file '");
        tried.extend_from_slice(&candidate);
        tried.push(b'\'');
    }
    Ok(Err(tried))
}

/// 5.1's `loaderror`.
fn load_error(vm: &mut Vm, name: &[u8], filename: &[u8], reason: &[u8]) -> LuaError {
    let mut msg = b"error loading module '".to_vec();
    msg.extend_from_slice(name);
    msg.extend_from_slice(b"' from file '");
    msg.extend_from_slice(filename);
    msg.extend_from_slice(b"':\n\t");
    msg.extend_from_slice(reason);
    vm.native_error(&msg)
}

fn loader_preload(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let package = package_table(vm);
    let Value::Table(preload) = vm.get_field(package, "preload") else {
        return Err(vm.native_error(b"'package.preload' must be a table"));
    };
    let key = vm.new_string(&name);
    let found = vm.index_slow(Value::Table(preload), key, None)?;
    if found.is_nil() {
        let mut msg = b"\n\tno field package.preload['".to_vec();
        msg.extend_from_slice(&name);
        msg.extend_from_slice(b"']");
        vm.push_bytes(&msg);
    } else {
        vm.push(found);
    }
    Ok(1)
}

fn loader_lua(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    match find_file(vm, &name, "path")? {
        Err(tried) => vm.push_bytes(&tried),
        Ok(filename) => match load_file(vm, Some(&filename)) {
            Ok(f) => vm.push(f),
            Err(msg) => return Err(load_error(vm, &name, &filename, &msg)),
        },
    }
    Ok(1)
}

fn loader_c(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    match find_file(vm, &name, "cpath")? {
        Err(tried) => {
            vm.push_bytes(&tried);
            Ok(1)
        }
        Ok(filename) => Err(load_error(
            vm,
            &name,
            &filename,
            NO_DYNAMIC_LIBRARIES.as_bytes(),
        )),
    }
}

/// Looks for the root of a dotted name (`a` for `a.b.c`) among the C libraries.
fn loader_croot(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let Some(dot) = name.iter().position(|&b| b == b'.') else {
        return Ok(0);
    };
    match find_file(vm, &name[..dot], "cpath")? {
        Err(tried) => {
            vm.push_bytes(&tried);
            Ok(1)
        }
        Ok(filename) => Err(load_error(
            vm,
            &name,
            &filename,
            NO_DYNAMIC_LIBRARIES.as_bytes(),
        )),
    }
}

fn loaded_table(vm: &mut Vm) -> Value {
    let registry = vm.registry;
    vm.get_field(registry, "_LOADED")
}

fn require(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_string(1)?;
    let name_bytes = vm.heap.str_bytes(name).to_vec();
    let sentinel = vm.native_upvalue(1);
    let loaded = loaded_table(vm);
    let key = Value::String(name);
    let existing = vm.index_slow(loaded, key, None)?;
    if existing.is_truthy() {
        if existing == sentinel {
            let mut msg = b"loop or previous error loading module '".to_vec();
            msg.extend_from_slice(&name_bytes);
            msg.push(b'\'');
            return Err(vm.native_error(&msg));
        }
        vm.push(existing);
        return Ok(1);
    }
    let package = package_table(vm);
    let Value::Table(loaders) = vm.get_field(package, "loaders") else {
        return Err(vm.native_error(b"'package.loaders' must be a table"));
    };
    let mut not_found = Vec::new();
    let mut i = 1;
    let module_loader = loop {
        let loader = vm.heap.tables[loaders].get_int(i);
        if loader.is_nil() {
            let mut msg = b"module '".to_vec();
            msg.extend_from_slice(&name_bytes);
            msg.extend_from_slice(b"' not found:");
            msg.extend_from_slice(&not_found);
            return Err(vm.native_error(&msg));
        }
        let found = vm.call_value(loader, &[key], 1)?[0];
        match found {
            Value::Function(_) => break found,
            Value::String(s) => not_found.extend_from_slice(vm.heap.str_bytes(s)),
            Value::Number(x) => {
                let s = vm.number_to_str(x);
                not_found.extend_from_slice(vm.heap.str_bytes(s));
            }
            _ => {}
        }
        i += 1;
    };
    vm.set_index(loaded, key, sentinel, None)?;
    let result = vm.call_value(module_loader, &[key], 1)?[0];
    if !result.is_nil() {
        vm.set_index(loaded, key, result, None)?;
    }
    let mut value = vm.index_slow(loaded, key, None)?;
    if value == sentinel {
        value = Value::Boolean(true);
        vm.set_index(loaded, key, value, None)?;
    }
    vm.push(value);
    Ok(1)
}

/// `luaL_findtable` on the globals: walks (creating) the tables of a dotted name;
/// `None` when a part of the path holds something other than a table.
fn find_or_create_table(vm: &mut Vm, dotted: &[u8]) -> LuaResult<Option<TableRef>> {
    let mut table = vm.globals;
    for part in dotted.split(|&b| b == b'.') {
        let key = vm.new_string(part);
        match vm.heap.tables[table].get(key) {
            Value::Nil => {
                let fresh = vm.heap.new_table(0, 0);
                vm.set_index(Value::Table(table), key, Value::Table(fresh), None)?;
                table = fresh;
            }
            Value::Table(t) => table = t,
            _ => return Ok(None),
        }
    }
    Ok(Some(table))
}

/// `module(name, ...)`: finds or creates the module table, initialises `_M`, `_NAME` and
/// `_PACKAGE`, makes it the caller's environment, and applies the option functions.
fn module(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_string(1)?;
    let name_bytes = vm.heap.str_bytes(name).to_vec();
    let loaded = loaded_table(vm);
    let module = match vm.index_slow(loaded, Value::String(name), None)? {
        Value::Table(t) => t,
        _ => {
            let Some(t) = find_or_create_table(vm, &name_bytes)? else {
                let mut msg = b"name conflict for module '".to_vec();
                msg.extend_from_slice(&name_bytes);
                msg.push(b'\'');
                return Err(vm.native_error(&msg));
            };
            vm.set_index(loaded, Value::String(name), Value::Table(t), None)?;
            t
        }
    };
    let key = vm.intern(b"_NAME");
    if vm.index_slow(Value::Table(module), key, None)?.is_nil() {
        let m = Value::Table(module);
        let field = vm.intern(b"_M");
        vm.set_index(m, field, m, None)?;
        vm.set_index(m, key, Value::String(name), None)?;
        let package_len = name_bytes
            .iter()
            .rposition(|&b| b == b'.')
            .map_or(0, |dot| dot + 1);
        let package_name = vm.new_string(&name_bytes[..package_len]);
        let field = vm.intern(b"_PACKAGE");
        vm.set_index(m, field, package_name, None)?;
    }
    let caller = vm
        .frames
        .len()
        .checked_sub(2)
        .map(|i| vm.frames[i].function);
    match caller {
        Some(f) if matches!(vm.heap.functions[f], crate::function::Function::Lua(_)) => {
            vm.heap.functions[f].set_env(module);
        }
        _ => return Err(vm.native_error(b"'module' not called from a Lua function")),
    }
    for i in 2..=vm.arg_count() {
        let option = vm.arg(i);
        if let Value::Function(_) = option {
            vm.call_value(option, &[Value::Table(module)], 0)?;
        }
    }
    Ok(0)
}

/// `package.seeall(module)`: lets the module see the globals through `__index`.
fn seeall(vm: &mut Vm) -> LuaResult<usize> {
    let module = vm.check_table(1)?;
    let mt = match vm.heap.tables[module].metatable {
        Some(mt) => mt,
        None => {
            let mt = vm.heap.new_table(0, 1);
            vm.heap.tables[module].metatable = Some(mt);
            mt
        }
    };
    let g = vm.globals;
    vm.set_field(mt, "__index", Value::Table(g));
    Ok(0)
}

/// `package.loadlib`: C libraries cannot be loaded; answers as 5.1 without dynamic
/// library support does.
fn loadlib(vm: &mut Vm) -> LuaResult<usize> {
    vm.check_bytes(1)?;
    vm.check_bytes(2)?;
    vm.push(Value::Nil);
    vm.push_bytes(NO_DYNAMIC_LIBRARIES.as_bytes());
    vm.push_bytes(b"absent");
    Ok(3)
}
