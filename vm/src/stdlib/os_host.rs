//! The part of the os library that touches the host (5.1's loslib.c): clocks, calendar
//! time, the environment, files, and exiting. It extends the `os` table that
//! [`super::os::open_deterministic`] creates (which keeps `difftime`).
//!
//! Calendar conversions go through the C library (`localtime_r`, `gmtime_r`, `mktime`,
//! `strftime`), because matching 5.1 means matching the host's time zone rules and
//! `strftime` texts exactly. Those calls are the only `unsafe` code here; each one hands
//! libc valid, initialised buffers that outlive the call.

use crate::args::{lua_int, lua_integer};
use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::{TableRef, Value};

use super::io::{flush_all, host_path, os_error_text, unique_temp_name};

/// Adds the host functions to the global `os` table (creating it if needed).
pub fn open(vm: &mut Vm) {
    let g = vm.globals;
    let os = match vm.get_field(g, "os") {
        Value::Table(t) => t,
        _ => {
            let t = vm.heap.new_table(0, 12);
            vm.set_field(g, "os", Value::Table(t));
            t
        }
    };
    vm.register(
        os,
        &[
            ("clock", clock),
            ("date", date),
            ("execute", execute),
            ("exit", exit),
            ("getenv", getenv),
            ("remove", remove),
            ("rename", rename),
            ("setlocale", setlocale),
            ("time", time),
            ("tmpname", tmpname),
        ],
    );
}

/// `os.clock()`: processor time used by the program, in seconds. glibc's `clock()`
/// reads the process CPU-time clock and counts whole microseconds (CLOCKS_PER_SEC is
/// 1,000,000); this does the same.
fn clock(vm: &mut Vm) -> LuaResult<usize> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a live, initialised local the call writes into.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } == 0;
    let micros = if ok {
        ts.tv_sec * 1_000_000 + ts.tv_nsec / 1000
    } else {
        -1
    };
    vm.push(Value::Number(micros as f64 / 1_000_000.0));
    Ok(1)
}

fn now() -> libc::time_t {
    // SAFETY: a null pointer asks `time` only to return the value.
    unsafe { libc::time(std::ptr::null_mut()) }
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is a plain C struct of integers and a pointer; all-zero is a valid value
    // (the pointer is null, which libc accepts for `tm_zone`).
    unsafe { std::mem::zeroed() }
}

/// Broken-down time for `t`, in UTC or in the local time zone; `None` if out of range.
fn broken_down(t: libc::time_t, utc: bool) -> Option<libc::tm> {
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are to live locals of the right types for the call's duration.
    let result = unsafe {
        if utc {
            libc::gmtime_r(&t, &mut tm)
        } else {
            libc::localtime_r(&t, &mut tm)
        }
    };
    (!result.is_null()).then_some(tm)
}

/// `strftime` of one conversion (`%` and one byte), as 5.1.5 formats dates: each
/// conversion separately, into a 200-byte buffer.
fn strftime_one(spec: u8, tm: &libc::tm) -> Vec<u8> {
    let format = [b'%', spec, 0];
    let mut buf = [0u8; 200];
    // SAFETY: `format` is NUL-terminated, `buf` has the length passed, `tm` is initialised.
    let n = unsafe {
        libc::strftime(
            buf.as_mut_ptr().cast(),
            buf.len(),
            format.as_ptr().cast(),
            tm,
        )
    };
    buf[..n].to_vec()
}

/// `os.date([format [, time]])`.
fn date(vm: &mut Vm) -> LuaResult<usize> {
    let format = match vm.opt_string(1)? {
        Some(s) => vm.heap.str_bytes(s).to_vec(),
        None => b"%c".to_vec(),
    };
    let t = if vm.arg(2).is_nil() {
        now()
    } else {
        lua_integer(vm.check_number(2)?) as libc::time_t
    };
    let (utc, format) = match format.strip_prefix(b"!") {
        Some(rest) => (true, rest),
        None => (false, format.as_slice()),
    };
    let Some(tm) = broken_down(t, utc) else {
        vm.push(Value::Nil);
        return Ok(1);
    };
    if format == b"*t" {
        let table = vm.heap.new_table(0, 9);
        // In i64: a year near the end of C's `int` range must not overflow here.
        let fields = [
            ("sec", i64::from(tm.tm_sec)),
            ("min", i64::from(tm.tm_min)),
            ("hour", i64::from(tm.tm_hour)),
            ("day", i64::from(tm.tm_mday)),
            ("month", i64::from(tm.tm_mon) + 1),
            ("year", i64::from(tm.tm_year) + 1900),
            ("wday", i64::from(tm.tm_wday) + 1),
            ("yday", i64::from(tm.tm_yday) + 1),
        ];
        for (name, value) in fields {
            vm.set_field(table, name, Value::Number(value as f64));
        }
        if tm.tm_isdst >= 0 {
            vm.set_field(table, "isdst", Value::Boolean(tm.tm_isdst > 0));
        }
        vm.push(Value::Table(table));
        return Ok(1);
    }
    let mut out = Vec::with_capacity(format.len() * 2);
    let mut i = 0;
    while i < format.len() {
        if format[i] == b'%' && i + 1 < format.len() {
            out.extend_from_slice(&strftime_one(format[i + 1], &tm));
            i += 2;
        } else {
            out.push(format[i]);
            i += 1;
        }
    }
    vm.push_bytes(&out);
    Ok(1)
}

/// A date-table field as 5.1's `getfield` reads it: a number (cut to C `int`), the
/// default, or an error when there is no default.
fn date_field(vm: &mut Vm, table: TableRef, key: &str, default: Option<i32>) -> LuaResult<i32> {
    let k = vm.intern(key.as_bytes());
    let v = vm.index_slow(Value::Table(table), k, None)?;
    match vm.to_number(v) {
        Some(x) => Ok(lua_int(x) as i32),
        None => match default {
            Some(d) => Ok(d),
            None => {
                let msg = format!("field '{key}' missing in date table");
                Err(vm.native_error(msg.as_bytes()))
            }
        },
    }
}

/// `os.time([table])`: now, or the local time the table describes (C's `mktime`).
fn time(vm: &mut Vm) -> LuaResult<usize> {
    let t = if vm.arg(1).is_nil() {
        now()
    } else {
        let table = vm.check_table(1)?;
        let mut tm = zeroed_tm();
        tm.tm_sec = date_field(vm, table, "sec", Some(0))?;
        tm.tm_min = date_field(vm, table, "min", Some(0))?;
        tm.tm_hour = date_field(vm, table, "hour", Some(12))?;
        tm.tm_mday = date_field(vm, table, "day", None)?;
        tm.tm_mon = date_field(vm, table, "month", None)?.wrapping_sub(1);
        tm.tm_year = date_field(vm, table, "year", None)?.wrapping_sub(1900);
        let key = vm.intern(b"isdst");
        tm.tm_isdst = match vm.index_slow(Value::Table(table), key, None)? {
            Value::Nil => -1,
            v => i32::from(v.is_truthy()),
        };
        // SAFETY: `tm` is a fully initialised local that `mktime` may normalise in place.
        unsafe { libc::mktime(&mut tm) }
    };
    if t == -1 {
        vm.push(Value::Nil);
    } else {
        vm.push(Value::Number(t as f64));
    }
    Ok(1)
}

fn getenv(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    match std::env::var_os(std::ffi::OsStr::from_bytes(&name)) {
        Some(value) => vm.push_bytes(&value.into_vec()),
        None => vm.push(Value::Nil),
    }
    Ok(1)
}

/// 5.1's `os_pushresult`: `true`, or `nil, "name: reason", errno`.
fn push_result(vm: &mut Vm, result: std::io::Result<()>, name: &[u8]) -> usize {
    match result {
        Ok(()) => {
            vm.push(Value::Boolean(true));
            1
        }
        Err(e) => {
            vm.push(Value::Nil);
            let mut message = name.to_vec();
            message.extend_from_slice(b": ");
            message.extend_from_slice(os_error_text(&e).as_bytes());
            vm.push_bytes(&message);
            vm.push(Value::Number(e.raw_os_error().unwrap_or(0) as f64));
            3
        }
    }
}

/// `os.remove(name)`: C's `remove`, which deletes files and empty directories.
fn remove(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let path = host_path(&name);
    let result = match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir(&path),
        _ => std::fs::remove_file(&path),
    };
    Ok(push_result(vm, result, &name))
}

fn rename(vm: &mut Vm) -> LuaResult<usize> {
    let from = vm.check_bytes(1)?;
    let to = vm.check_bytes(2)?;
    let result = std::fs::rename(host_path(&from), host_path(&to));
    Ok(push_result(vm, result, &from))
}

/// `os.tmpname()`: the name of a new empty file in `/tmp` (5.1 uses `mkstemp`, which
/// creates the file so that the name cannot be taken meanwhile).
fn tmpname(vm: &mut Vm) -> LuaResult<usize> {
    for attempt in 0..100 {
        let name = format!("/tmp/{}", unique_temp_name("lua", attempt));
        let created = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&name);
        match created {
            Ok(_) => {
                vm.push_bytes(name.as_bytes());
                return Ok(1);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => break,
        }
    }
    Err(vm.native_error(b"unable to generate a unique filename"))
}

/// `os.exit([code])`: flushes open files and ends the process.
fn exit(vm: &mut Vm) -> LuaResult<usize> {
    let code = vm.opt_int(1, 0)?;
    flush_all(vm);
    std::process::exit(code as i32)
}

/// `os.execute([command])`: C's `system`, which runs the command with `sh -c` and
/// returns the raw wait status; without a command it tells whether a shell exists.
fn execute(vm: &mut Vm) -> LuaResult<usize> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::process::ExitStatusExt;
    let Some(command) = vm.opt_string(1)? else {
        let has_shell = std::path::Path::new("/bin/sh").exists();
        vm.push(Value::Number(if has_shell { 1.0 } else { 0.0 }));
        return Ok(1);
    };
    let command = vm.heap.str_bytes(command).to_vec();
    // C's `system` does not flush stdout: the command's output comes before what Lua wrote
    // and still waits in the buffer, as with `lua5.1`.
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(&command))
        .status();
    let code = match status {
        Ok(status) => status.into_raw(),
        Err(_) => 127 << 8,
    };
    vm.push(Value::Number(code as f64));
    Ok(1)
}

const LOCALE_CATEGORIES: [&str; 6] = ["all", "collate", "ctype", "monetary", "numeric", "time"];

/// `os.setlocale([locale [, category]])`: only the C locale exists here, so querying
/// gives "C", asking for "C", "POSIX" or the default ("") succeeds with "C", and any other
/// locale fails with nil, as `setlocale` does for a locale the system lacks.
fn setlocale(vm: &mut Vm) -> LuaResult<usize> {
    let locale = match vm.opt_string(1)? {
        Some(s) => Some(vm.heap.str_bytes(s).to_vec()),
        None => None,
    };
    let category = match vm.opt_string(2)? {
        Some(s) => String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned(),
        None => "all".to_string(),
    };
    if !LOCALE_CATEGORIES.contains(&category.as_str()) {
        let msg = format!("invalid option '{category}'");
        return Err(vm.arg_error(2, &msg));
    }
    match locale.as_deref() {
        None | Some(b"") | Some(b"C") | Some(b"POSIX") => vm.push_bytes(b"C"),
        Some(_) => vm.push(Value::Nil),
    }
    Ok(1)
}
