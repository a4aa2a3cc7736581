//! `ferrous-lua` and the host libraries it opens (io, os, debug, package, dofile,
//! loadfile), run as a user runs them. Every expected text was recorded by running the
//! same script under PUC-Rio `lua5.1` (5.1.5), with its program name replaced.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

/// A fresh directory for one test's files, removed when the test is done.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch_dir(test: &str) -> Scratch {
    let dir =
        std::env::temp_dir().join(format!("ferrous-standalone-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    Scratch(dir)
}

fn write_file(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("module directory");
    }
    std::fs::write(path, text).expect("test file");
}

/// Runs `ferrous-lua args...` in `dir` with a clean environment plus `env`.
fn ferrous(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ferrous-lua"));
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("TZ", "UTC")
        .env("LC_ALL", "C")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("ferrous-lua starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    let output = child.wait_with_output().expect("ferrous-lua ends");
    Outcome {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    }
}

/// Runs one script file and checks it succeeded with the expected output.
fn run_script(test: &str, script: &str, env: &[(&str, &str)], expected: &str) {
    let dir = scratch_dir(test);
    write_file(&dir, "test.lua", script);
    let run = ferrous(&dir, &["test.lua"], "", env);
    assert_eq!(run.stderr, "", "stderr of {test}");
    assert_eq!(run.stdout, expected, "stdout of {test}");
    assert_eq!(run.code, 0);
}

const IO_SCRIPT: &str = r##"local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(io.type(f), io.type(io.stdout), io.type(42))
print(f:write("alo ", 12.5, " ", 3, "\n", "second line\n", "  -7e2 rest\n", "last"))
print(f:seek("cur"), f:seek("set", 4), f:seek("end"))
print(f:close(), tostring(f), io.type(f))
print(pcall(f.read, f))
f = assert(io.open(name))
print(f:read("*l"))
print(f:read(0), f:read(3), f:read("*l"))
print(f:read("*n"), f:read("*l"))
print(f:read("*a"))
print(f:read("*a"), f:read("*l"), f:read(0), f:read(1))
f:close()
for l in io.lines(name) do io.write("[", l, "]") end
print()
f = assert(io.open(name, "r+"))
f:seek("set", 2)
f:write("X")
f:seek("set")
print(f:read("*a"))
f:close()
print(io.open("/nonexistent/dir/file"))
local _, msg, code = io.open(name, "z"); print(msg == name .. ": Invalid argument", code)
print(io.close(io.stdout))
print(pcall(io.read, "*x"))
print(pcall(io.read, {}))
print(pcall(io.lines, "/nonexistent/file"))
io.output(name)
io.write("via default output\n")
io.close()
io.input(name)
print(io.read("*l"), io.read("*l"))
io.input():close()
print(pcall(io.read))
io.input(io.stdin)
print(os.remove(name))
print(select("#", os.remove(name)), (select(2, os.remove(name))):gsub("^.-: ", ""))
"##;
const IO_EXPECTED: &str = r##"file	file	nil
true
39	4	39
true	file (closed)	closed file
false	attempt to use a closed file
alo 12.5 3
	sec	ond line
-700	 rest
last
	nil	nil	nil
[alo 12.5 3][second line][  -7e2 rest][last]
alX 12.5 3
second line
  -7e2 rest
last
nil	/nonexistent/dir/file: No such file or directory	2
true	22
nil	cannot close standard file
false	bad argument #1 to '?' (invalid format)
false	bad argument #1 to '?' (invalid option)
false	bad argument #1 to '?' (/nonexistent/file: No such file or directory)
via default output	nil
false	standard input file is closed
true
3	No such file or directory	1
"##;

#[test]
fn io_library_reads_writes_seeks_and_reports_errors() {
    run_script("io", IO_SCRIPT, &[], IO_EXPECTED);
}

// Edge cases of io found while sweeping: `write` keeps `\0` bytes (fwrite) where `print`
// stops (fputs); `*l` reads like `fgets` + `strlen`, so a `\0` drops the rest of its line and
// joins the next one on; `*n` stops at the first format that fails and consumes no letter
// that cannot spell `nan` or `inf`; argument errors and closed files.
const IO_EDGES_SCRIPT: &str = r##"local name = os.tmpname()
local f = assert(io.open(name, "wb"))
print(f:write("a\0b", 1e15, " ", 2^53, " ", -0.0, " ", "\n") == f)
print(pcall(f.write, f, {}))
print(pcall(f.write, f, nil))
f:write("0x1F 1e2 .5 -.5e1 nan inf 12abc\n", "tail")
f:close()
f = assert(io.open(name, "rb"))
local line = f:read("*l")
print(#line, line:byte(1, 4))
print(f:read("*n", "*n", "*n", "*n"))
print(f:read("*n"), f:read(1), f:read("*n"))
print(f:read("*l"))
print(f:read(4), f:read(0), f:read(1), f:read("*a"), f:read("*l"))
print(pcall(f.read, f, "*L"))
print(pcall(f.read, f, -1))
print(pcall(f.seek, f, "bogus"))
print(pcall(f.seek, f, "set", "x"))
print(f:seek("set", -1))
f:close()
print(pcall(f.write, f, "x"))
print(pcall(f.lines, f))
print(pcall(io.write, {}))
io.write("io.write keeps \0 bytes\n")
print("print stops at \0 this")
local count = 0
for l in io.lines(name) do count = count + 1 end
print(count)
f = assert(io.open(name))
local lines = {}
for l in f:lines() do lines[#lines + 1] = #l end
print(table.concat(lines, ","), io.type(f))
f:close()
local odd = io.open(name, "rw+x") print(io.type(odd)) odd:close()
print(io.type(io.stderr), io.type(nil), pcall(io.type))
print(os.remove(name))
"##;
const IO_EDGES_EXPECTED: &str = "false\n\
false	bad argument #2 to '?' (string expected, got table)\n\
false	bad argument #2 to '?' (string expected, got nil)\n\
32	97	48	120	49\n\
nil\n\
nil	t	nil\n\
ail\n\
nil	nil	nil		nil\n\
false	bad argument #2 to '?' (invalid format)\n\
true	nil\n\
false	bad argument #2 to '?' (invalid option 'bogus')\n\
false	bad argument #3 to '?' (number expected, got string)\n\
nil	Invalid argument	22\n\
false	attempt to use a closed file\n\
false	attempt to use a closed file\n\
false	bad argument #1 to '?' (string expected, got table)\n\
io.write keeps \0 bytes\n\
print stops at \n\
2\n\
32,4	file\n\
file\n\
file	nil	false	bad argument #1 to '?' (value expected)\n\
true\n\
";

#[test]
fn io_write_read_line_and_number_edges_as_lua51() {
    run_script("io-edges", IO_EDGES_SCRIPT, &[], IO_EDGES_EXPECTED);
}

const POPEN_SCRIPT: &str = r##"local p = assert(io.popen("printf 'a\\nb\\n'"))
for l in p:lines() do io.write("[", l, "]") end
print(p:close(), io.type(p))
local name = os.tmpname()
p = io.popen("cat > " .. name, "w")
print(p:write("hello ", 12), p:seek("set"))
print(p:read("*l"))
p:close()
print(io.open(name):read("*a"))
os.remove(name)
print(io.popen("true", "rw"))
print(io.popen("exit 3"):close())
"##;
const POPEN_EXPECTED: &str = r##"[a][b]true	closed file
true	nil	Illegal seek	29
nil	Bad file descriptor	9
hello 12
nil	true: Invalid argument	22
true
"##;

#[test]
fn io_popen_reads_and_writes_commands_as_lua51() {
    run_script("io-popen", POPEN_SCRIPT, &[], POPEN_EXPECTED);
}

const OS_SCRIPT: &str = r##"print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%A %B %j %p %y %%", 1234567890))
local t = os.date("!*t", 86400 * 365 + 3661)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
print(os.time({year = 2000, month = 1, day = 1, hour = 0}))
print(os.time({year = 2001, month = 14, day = -3}))
print(os.date("%Y-%m-%d %H:%M:%S", os.time({year = 2020, month = 2, day = 30, hour = 25})))
print(pcall(os.time, {year = 2000}))
print(os.difftime(10, 4), os.difftime(5))
print(type(os.time()), type(os.clock()), os.clock() >= 0)
print(os.getenv("FERROUS_TEST_VAR"), os.getenv("FERROUS_UNSET_VAR"))
print(os.setlocale(), os.setlocale("C"), os.setlocale(""), os.setlocale("xx_YY"), os.setlocale(nil, "numeric"))
print(pcall(os.setlocale, "C", "bogus"))
local n = os.tmpname()
print(io.open(n) ~= nil, os.remove(n))
print(os.rename("/nonexistent/a", "/nonexistent/b"))
print(os.date("!%c", 0))
print(os.date("!%x %X %H", 3600))
"##;
const OS_EXPECTED: &str = r##"1970-01-01 00:00:00
Friday February 044 PM 09 %
1971	1	1	1	1	1	6	1	false
946684800
1012219200
2020-03-02 01:00:00
false	field 'day' missing in date table
6	5
number	number	true
hello	nil
C	C	C	nil	C
false	bad argument #2 to '?' (invalid option 'bogus')
true	true
nil	/nonexistent/a: No such file or directory	2
Thu Jan  1 00:00:00 1970
01/01/70 01:00:00 01
"##;

#[test]
fn os_library_dates_times_environment_and_files() {
    run_script(
        "os",
        OS_SCRIPT,
        &[("FERROUS_TEST_VAR", "hello")],
        OS_EXPECTED,
    );
}

const DEBUG_SCRIPT: &str = r##"local function show(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  print(table.concat(out, " "))
end

local function outer(a, b)
  local c = a + b
  local info = debug.getinfo(1, "nSlu")
  show(info)
  show(debug.getinfo(2, "nSl"))
  print(debug.getlocal(1, 1), debug.getlocal(1, 2), debug.getlocal(1, 3))
  print(debug.setlocal(1, 3, 100), c)
  print(debug.getlocal(1, 10))
  return c
end
outer(1, 2)
show(debug.getinfo(print))
show(debug.getinfo(outer, "S"))
print(pcall(debug.getinfo, 1, "X"))
print(debug.getinfo(100))

local up1, up2 = 10, 20
local function uses() return up1 + up2 end
print(debug.getupvalue(uses, 1), debug.getupvalue(uses, 2), debug.getupvalue(uses, 3))
print(debug.setupvalue(uses, 2, 5), uses())
print(debug.getupvalue(print, 1))

print(debug.getmetatable(1), debug.setmetatable(1, {__index = {twice = function(n) return n * 2 end}}))
print((5):twice())
debug.setmetatable(1, nil)

local function level3() error("deep") end
local function level2() level3() end
local function level1() level2() end
print(select(2, xpcall(level1, debug.traceback)))
print(debug.traceback("msg", 1))
print(debug.traceback(nil))
print(debug.traceback({}) ~= nil)

local co = coroutine.create(function(x) local y = x * 2; coroutine.yield(y) end)
coroutine.resume(co, 21)
print(debug.traceback(co))
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
show(debug.getinfo(co, 1, "Sl"))

local lines = {}
debug.sethook(function(event, line) lines[#lines + 1] = event .. ":" .. line end, "l")
local x = 1
for i = 1, 2 do
  x = x + i
end
debug.sethook()
print(table.concat(lines, " "))
print(debug.gethook())

local count = 0
debug.sethook(function(event) count = count + 1 end, "", 10)
for i = 1, 100 do end
debug.sethook()
print(count > 0)

local events = {}
local function callee() return 1 end
debug.sethook(function(event)
  if debug.getinfo(2, "S").what ~= "C" then events[#events + 1] = event end
end, "cr")
callee()
debug.sethook()
print(table.concat(events, " "))
print(type(debug.getregistry()), debug.getfenv(print) == _G)
"##;
const DEBUG_EXPECTED: &str = r##"currentline=16 lastlinedefined=23 linedefined=14 name=outer namewhat=local nups=1 short_src=test.lua source=@test.lua what=Lua
currentline=24 lastlinedefined=0 linedefined=0 namewhat= short_src=test.lua source=@test.lua what=main
a	b	c	3
c	100
nil
currentline=-1 func=function lastlinedefined=-1 linedefined=-1 namewhat= nups=0 short_src=[C] source==[C] what=C
lastlinedefined=23 linedefined=14 short_src=test.lua source=@test.lua what=Lua
false	bad argument #2 to '?' (invalid option)
nil
up1	up2
up2	15

nil	true
10
test.lua:40: deep
stack traceback:
	[C]: in function 'error'
	test.lua:40: in function 'level3'
	test.lua:41: in function 'level2'
	test.lua:42: in function <test.lua:42>
	[C]: in function 'xpcall'
	test.lua:43: in main chunk
	[C]: ?
msg
stack traceback:
	test.lua:44: in main chunk
	[C]: ?
nil
true
stack traceback:
	[C]: in function 'yield'
	test.lua:48: in function <test.lua:48>
x	y	42
currentline=48 lastlinedefined=48 linedefined=48 short_src=test.lua source=@test.lua what=Lua
line:56 line:57 line:58 line:57 line:58 line:57 line:60
nil		0
true
call return
table	true
"##;

#[test]
fn debug_library_info_locals_upvalues_tracebacks_and_hooks() {
    run_script("debug", DEBUG_SCRIPT, &[], DEBUG_EXPECTED);
}

const PACKAGE_SCRIPT: &str = r##"package.path = "./mods/?.lua"
package.cpath = "./mods/?.so"
local a = require("alpha")
print(a.name, require("alpha") == a, package.loaded.alpha == a)
local b = require("sub.beta")
print(b._NAME, b._PACKAGE, b.value, b.get())
print(sub.beta == b, value)
print(require("noreturn"), loaded_noreturn)
package.preload.pre = function(name) return "preloaded " .. name end
print(require("pre"))
print(pcall(require, "missing"))
print(pcall(require, "loop"))
print(pcall(require, "broken"))
print(package.loaded.string == string, package.loaded._G == _G, type(package.loaders))
print(select("#", package.loadlib("x.so", "f")), (package.loadlib("x.so", "f")))
print(dofile("shebang.lua"))
print(type(loadfile("shebang.lua")))
print(loadfile("nonexistent.lua"))
print(pcall(dofile, "nonexistent.lua"))
print(pcall(dofile, "mods/broken.lua"))
module("modx")
print(_NAME)
"##;
const PACKAGE_EXPECTED: &str = r##"loading alpha	alpha
alpha	true	true
sub.beta	sub.	42	42	function
true	nil
true	true
preloaded pre
false	module 'missing' not found:
	no field package.preload['missing']
	no file './mods/missing.lua'
	no file './mods/missing.so'
false	./mods/loop.lua:1: loop or previous error loading module 'loop'
false	error loading module 'broken' from file './mods/broken.lua':
	./mods/broken.lua:1: unexpected symbol near '='
true	true	table
3	nil
2	0
function
nil	cannot open nonexistent.lua: No such file or directory
false	cannot open nonexistent.lua: No such file or directory
false	mods/broken.lua:1: unexpected symbol near '='
"##;
const PACKAGE_ERROR: &str = r##"ferrous-lua: test.lua:22: attempt to call global 'print' (a nil value)
stack traceback:
	test.lua:22: in main chunk
	[C]: ?
"##;
const MODULE_FILES: &[(&str, &str)] = &[
    (
        "mods/alpha.lua",
        r##"print("loading alpha", ...)
return { name = "alpha" }
"##,
    ),
    (
        "mods/sub/beta.lua",
        r##"module(..., package.seeall)
value = 42
function get() return value, type(print) end
"##,
    ),
    (
        "mods/noreturn.lua",
        r##"loaded_noreturn = true
"##,
    ),
    (
        "mods/loop.lua",
        r##"require("loop")
"##,
    ),
    (
        "mods/broken.lua",
        r##"x = = 1
"##,
    ),
    (
        "shebang.lua",
        r##"#!/usr/bin/env lua
return 1 + 1, select("#", ...)
"##,
    ),
];

#[test]
fn package_library_require_module_dofile_loadfile() {
    let dir = scratch_dir("package");
    for (name, text) in MODULE_FILES {
        write_file(&dir, name, text);
    }
    write_file(&dir, "test.lua", PACKAGE_SCRIPT);
    let run = ferrous(&dir, &["test.lua"], "", &[]);
    assert_eq!(run.stdout, PACKAGE_EXPECTED);
    // The script ends with `module("modx")`, which hides the globals (no `seeall`).
    assert_eq!(run.stderr, PACKAGE_ERROR);
    assert_eq!(run.code, 1);
}

const ERROR_SCRIPT: &str = r##"local t = {}
function t.fail(x) error("bad " .. x) end
local function call(f) f("input") end
call(t.fail)
"##;

#[test]
fn uncaught_error_prints_message_and_traceback_and_exits_with_1() {
    let dir = scratch_dir("error");
    write_file(&dir, "err.lua", ERROR_SCRIPT);
    let run = ferrous(&dir, &["err.lua"], "", &[]);
    assert_eq!(
        run.stderr,
        "ferrous-lua: err.lua:2: bad input\n\
         stack traceback:\n\
         \t[C]: in function 'error'\n\
         \terr.lua:2: in function 'f'\n\
         \terr.lua:3: in function 'call'\n\
         \terr.lua:4: in main chunk\n\
         \t[C]: ?\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn error_values_that_are_not_strings() {
    let dir = scratch_dir("error-values");
    let run = ferrous(&dir, &["-e", "error({})"], "", &[]);
    assert_eq!(run.stderr, "ferrous-lua: (error object is not a string)\n");
    assert_eq!(run.code, 1);
    let run = ferrous(&dir, &["-e", "error()"], "", &[]);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, 1);
    let run = ferrous(&dir, &["-e", "error(12)"], "", &[]);
    assert_eq!(
        run.stderr,
        "ferrous-lua: (command line):1: 12\nstack traceback:\n\t[C]: in function 'error'\n\
         \t(command line):1: in main chunk\n\t[C]: ?\n"
    );
}

#[test]
fn syntax_and_file_errors_have_no_traceback() {
    let dir = scratch_dir("syntax");
    write_file(&dir, "syn.lua", "local x = \n");
    let run = ferrous(&dir, &["syn.lua"], "", &[]);
    assert_eq!(
        run.stderr,
        "ferrous-lua: syn.lua:2: unexpected symbol near '<eof>'\n"
    );
    assert_eq!(run.code, 1);
    let run = ferrous(&dir, &["missing.lua"], "", &[]);
    assert_eq!(
        run.stderr,
        "ferrous-lua: cannot open missing.lua: No such file or directory\n"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn script_arguments_fill_arg_and_varargs() {
    let dir = scratch_dir("args");
    write_file(&dir, "a.lua", "print(...) print(arg[0], arg[-1], #arg)\n");
    let run = ferrous(&dir, &["-e", "y=1", "a.lua", "p", "q"], "", &[]);
    assert_eq!(run.stdout, "p\tq\na.lua\ty=1\t2\n");
    let run = ferrous(&dir, &["--", "a.lua", "x"], "", &[]);
    assert_eq!(run.stdout, "x\na.lua\t--\t1\n");
}

#[test]
fn stdin_runs_as_a_script() {
    let dir = scratch_dir("stdin");
    let run = ferrous(&dir, &["-", "a", "b"], "print(...)\nerror('boom')\n", &[]);
    assert_eq!(run.stdout, "a\tb\n");
    assert_eq!(
        run.stderr,
        "ferrous-lua: stdin:2: boom\nstack traceback:\n\t[C]: in function 'error'\n\
         \tstdin:2: in main chunk\n\t[C]: ?\n"
    );
    // With no arguments and stdin not a terminal, stdin is the script.
    let run = ferrous(&dir, &[], "print('from stdin')", &[]);
    assert_eq!(run.stdout, "from stdin\n");
}

#[test]
fn options_version_library_and_lua_init() {
    let dir = scratch_dir("options");
    let run = ferrous(&dir, &["-v", "-e", "print(1+1)"], "", &[]);
    assert_eq!(
        run.stderr,
        "Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio\n"
    );
    assert_eq!(run.stdout, "2\n");
    write_file(
        &dir,
        "climod.lua",
        "print(\"mod loaded\", ...)\nreturn true\n",
    );
    let run = ferrous(
        &dir,
        &["-l", "climod", "-e", "print(package.loaded.climod)"],
        "",
        &[("LUA_PATH", "./?.lua")],
    );
    assert_eq!(run.stdout, "mod loaded\tclimod\ntrue\n");
    let run = ferrous(&dir, &["-e", "print(x)"], "", &[("LUA_INIT", "x = 5")]);
    assert_eq!(run.stdout, "5\n");
    let run = ferrous(&dir, &["-eprint('attached')"], "", &[]);
    assert_eq!(run.stdout, "attached\n");
}

#[test]
fn bad_options_and_interactive_mode_are_refused() {
    let dir = scratch_dir("refused");
    let run = ferrous(&dir, &["-x"], "", &[]);
    assert!(run
        .stderr
        .starts_with("usage: ferrous-lua [options] [script [args]].\n"));
    assert_eq!(run.code, 1);
    let run = ferrous(&dir, &["-i"], "", &[]);
    assert!(run
        .stderr
        .contains("ferrous-lua: interactive mode is not supported"));
    assert_eq!(run.code, 1);
}

#[test]
fn os_exit_flushes_and_sets_the_status() {
    let dir = scratch_dir("exit");
    let run = ferrous(&dir, &["-e", "io.write('partial'); os.exit(3)"], "", &[]);
    assert_eq!(run.stdout, "partial");
    assert_eq!(run.code, 3);
}
