//! The io library (5.1's liolib.c): files are userdata whose host object is a [`LuaFile`],
//! sharing one metatable (`FILE*` in the registry, as in 5.1) that holds the file methods.
//!
//! A `LuaFile` buffers what it reads, so that it can offer what C's stdio gives 5.1:
//! peeking one byte ahead (`*n`, `*l`) and switching between reading and writing on the
//! same file. Writes to disk files go straight to the operating system unless the script
//! asks for buffering with `setvbuf("full")` or `setvbuf("line")`: a file the script
//! abandons without closing (which 5.1's collector would close and flush) then loses
//! nothing. Buffered files are flushed when closed, dropped, or at exit (`flush_all`).
//! Standard output goes through [`c_stdout`], as `print`'s does, so their texts interleave
//! in program order and with standard error as C's stdio has them.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

use super::c_stdout;
use crate::error::{LuaError, LuaResult};
use crate::number::{format_number, is_c_space, parse_number};
use crate::state::Vm;
use crate::userdata::UserData;
use crate::value::{UserDataRef, Value};

/// The most `fgets` reads at once in 5.1's `read_line` (`LUAL_BUFFERSIZE`, glibc's `BUFSIZ`,
/// minus the terminating zero).
const FGETS_PIECE: usize = 8191;

/// Registry key of the metatable shared by all files.
const FILE_HANDLE: &str = "FILE*";
/// Registry keys of the default input and output files.
const DEFAULT_INPUT: &str = "_IO_input";
const DEFAULT_OUTPUT: &str = "_IO_output";

/// Bytes read ahead at a time (C's BUFSIZ).
const BUFFER_SIZE: usize = 8192;

/// `errno` for a stream used in a direction it was not opened for.
const EBADF: i32 = 9;
/// `errno` for seeking a stream that cannot seek.
const ESPIPE: i32 = 29;
/// `errno` for an invalid `fopen` mode.
const EINVAL: i32 = 22;

/// Where a file's bytes come from or go to.
enum Stream {
    Stdin,
    Stdout,
    Stderr,
    Disk(File),
    /// A command started by `io.popen`: the file reads its standard output or writes its
    /// standard input.
    Pipe(std::process::Child),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Buffering {
    No,
    Line,
    /// Writes wait until this many bytes are pending.
    Full(usize),
}

/// An io error as 5.1 reports it: C's `strerror` text and the `errno` value.
struct IoFailure {
    message: String,
    errno: i32,
}

impl From<std::io::Error> for IoFailure {
    fn from(e: std::io::Error) -> Self {
        IoFailure {
            message: os_error_text(&e),
            errno: e.raw_os_error().unwrap_or(0),
        }
    }
}

impl IoFailure {
    fn bad_descriptor() -> IoFailure {
        IoFailure {
            message: "Bad file descriptor".to_string(),
            errno: EBADF,
        }
    }
}

/// The `strerror` text of an OS error (Rust's message without its "(os error N)" suffix).
pub(crate) fn os_error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The host object of a file userdata.
pub struct LuaFile {
    /// `None` once the file is closed.
    stream: Option<Stream>,
    readable: bool,
    writable: bool,
    /// The standard files refuse to be closed (5.1's `io_noclose`).
    standard: bool,
    /// Bytes read ahead of what Lua consumed: `read_buf[read_pos..]`.
    read_buf: Vec<u8>,
    read_pos: usize,
    /// Bytes written but not yet handed to a disk file (only with `setvbuf` buffering).
    write_buf: Vec<u8>,
    buffering: Buffering,
}

impl LuaFile {
    fn new(stream: Stream, readable: bool, writable: bool, standard: bool) -> LuaFile {
        LuaFile {
            stream: Some(stream),
            readable,
            writable,
            standard,
            read_buf: Vec::new(),
            read_pos: 0,
            write_buf: Vec::new(),
            // Standard output's buffering is `c_stdout`'s.
            buffering: Buffering::No,
        }
    }

    fn is_closed(&self) -> bool {
        self.stream.is_none()
    }

    fn is_standard_output(&self) -> bool {
        matches!(self.stream, Some(Stream::Stdout))
    }

    fn unread(&self) -> usize {
        self.read_buf.len() - self.read_pos
    }

    /// Reads more bytes into the read-ahead buffer; false at end of file.
    fn fill(&mut self) -> Result<bool, IoFailure> {
        if !self.readable {
            return Err(IoFailure::bad_descriptor());
        }
        self.write_pending()?;
        if self.read_pos > 0 {
            self.read_buf.drain(..self.read_pos);
            self.read_pos = 0;
        }
        let mut chunk = [0u8; BUFFER_SIZE];
        let n = match self.stream.as_mut() {
            Some(Stream::Stdin) => std::io::stdin().read(&mut chunk)?,
            Some(Stream::Disk(f)) => f.read(&mut chunk)?,
            Some(Stream::Pipe(child)) => match child.stdout.as_mut() {
                Some(out) => out.read(&mut chunk)?,
                None => return Err(IoFailure::bad_descriptor()),
            },
            _ => return Err(IoFailure::bad_descriptor()),
        };
        self.read_buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    fn peek(&mut self) -> Result<Option<u8>, IoFailure> {
        if self.unread() == 0 && !self.fill()? {
            return Ok(None);
        }
        Ok(Some(self.read_buf[self.read_pos]))
    }

    /// A line without its newline; `None` at end of file with nothing read (5.1's
    /// `read_line`: a last line without a newline still counts).
    /// 5.1's `read_line`: `fgets` pieces of at most `FGETS_PIECE` bytes, each kept up to
    /// its first `\0` (`strlen`); a piece whose kept part does not end in a newline (because
    /// of a `\0`, or because it was cut) runs on into the next piece. So a `\0` drops the
    /// rest of its line and joins the next line on.
    fn read_line(&mut self) -> Result<Option<Vec<u8>>, IoFailure> {
        let mut line = Vec::new();
        loop {
            let Some(piece) = self.fgets_piece()? else {
                return Ok((!line.is_empty()).then_some(line));
            };
            let kept = piece.split(|&b| b == 0).next().unwrap_or_default();
            match kept.last() {
                Some(b'\n') => {
                    line.extend_from_slice(&kept[..kept.len() - 1]);
                    return Ok(Some(line));
                }
                _ => line.extend_from_slice(kept),
            }
        }
    }

    /// What one `fgets` call reads: up to and including a newline, at most `FGETS_PIECE`
    /// bytes; `None` at end of file.
    fn fgets_piece(&mut self) -> Result<Option<Vec<u8>>, IoFailure> {
        let mut piece = Vec::new();
        while piece.len() < FGETS_PIECE {
            if self.unread() == 0 && !self.fill()? {
                break;
            }
            let pending = &self.read_buf[self.read_pos..];
            let room = FGETS_PIECE - piece.len();
            let (take, done) = match pending.iter().take(room).position(|&b| b == b'\n') {
                Some(at) => (at + 1, true),
                None => (pending.len().min(room), false),
            };
            piece.extend_from_slice(&pending[..take]);
            self.read_pos += take;
            if done {
                break;
            }
        }
        Ok((!piece.is_empty()).then_some(piece))
    }

    /// Up to `limit` bytes; fewer only at end of file.
    fn read_chars(&mut self, limit: usize) -> Result<Vec<u8>, IoFailure> {
        let mut out = Vec::new();
        while out.len() < limit {
            if self.unread() == 0 && !self.fill()? {
                break;
            }
            let take = (limit - out.len()).min(self.unread());
            out.extend_from_slice(&self.read_buf[self.read_pos..self.read_pos + take]);
            self.read_pos += take;
        }
        Ok(out)
    }

    /// Consumes the next byte if `accept` likes it.
    fn take_if(
        &mut self,
        text: &mut Vec<u8>,
        accept: impl Fn(u8) -> bool,
    ) -> Result<bool, IoFailure> {
        match self.peek()? {
            Some(b) if accept(b) => {
                text.push(b);
                self.read_pos += 1;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    fn take_while(
        &mut self,
        text: &mut Vec<u8>,
        accept: impl Fn(u8) -> bool + Copy,
    ) -> Result<usize, IoFailure> {
        let mut n = 0;
        while self.take_if(text, accept)? {
            n += 1;
        }
        Ok(n)
    }

    /// `fscanf(f, "%lf")`: skips whitespace, consumes the longest text shaped like a
    /// number, and converts it; `None` when that text is not a number.
    fn read_number(&mut self) -> Result<Option<f64>, IoFailure> {
        while self.peek()?.is_some_and(is_c_space) {
            self.read_pos += 1;
        }
        let mut text = Vec::new();
        self.take_if(&mut text, |b| b == b'+' || b == b'-')?;
        let is_hex = if self.take_if(&mut text, |b| b == b'0')? {
            self.take_if(&mut text, |b| b == b'x' || b == b'X')?
        } else {
            false
        };
        if is_hex {
            self.take_while(&mut text, |b| b.is_ascii_hexdigit())?;
            if self.take_if(&mut text, |b| b == b'.')? {
                self.take_while(&mut text, |b| b.is_ascii_hexdigit())?;
            }
            if self.take_if(&mut text, |b| b == b'p' || b == b'P')? {
                self.take_if(&mut text, |b| b == b'+' || b == b'-')?;
                self.take_while(&mut text, |b| b.is_ascii_digit())?;
            }
        } else if let Some(word) = self.peek()?.and_then(|b| match b.to_ascii_lowercase() {
            b'n' => Some(&b"nan"[..]),
            b'i' => Some(&b"infinity"[..]),
            _ => None,
        }) {
            // `inf`, `infinity`, `nan`: glibc's scanf reads the letters that spell them and
            // stops at the first that does not (any other letter is not consumed).
            for &expected in word {
                if !self.take_if(&mut text, |b| b.to_ascii_lowercase() == expected)? {
                    break;
                }
            }
        } else {
            self.take_while(&mut text, |b| b.is_ascii_digit())?;
            if self.take_if(&mut text, |b| b == b'.')? {
                self.take_while(&mut text, |b| b.is_ascii_digit())?;
            }
            if self.take_if(&mut text, |b| b == b'e' || b == b'E')? {
                self.take_if(&mut text, |b| b == b'+' || b == b'-')?;
                self.take_while(&mut text, |b| b.is_ascii_digit())?;
            }
        }
        Ok(parse_number(&text))
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), IoFailure> {
        if !self.writable {
            return Err(IoFailure::bad_descriptor());
        }
        // Bytes read ahead belong after the write position: give them back first.
        let unread = self.unread() as i64;
        self.read_buf.clear();
        self.read_pos = 0;
        match self.stream.as_mut() {
            Some(Stream::Disk(f)) => {
                if unread > 0 {
                    f.seek(SeekFrom::Current(-unread))?;
                }
                let must_write = match self.buffering {
                    Buffering::No => true,
                    Buffering::Line => bytes.contains(&b'\n'),
                    Buffering::Full(size) => self.write_buf.len() + bytes.len() >= size,
                };
                self.write_buf.extend_from_slice(bytes);
                if must_write {
                    self.write_pending()?;
                }
            }
            Some(Stream::Stdout) => c_stdout::write(bytes)?,
            Some(Stream::Stderr) => std::io::stderr().write_all(bytes)?,
            Some(Stream::Pipe(child)) => match child.stdin.as_mut() {
                Some(input) => input.write_all(bytes)?,
                None => return Err(IoFailure::bad_descriptor()),
            },
            _ => return Err(IoFailure::bad_descriptor()),
        }
        Ok(())
    }

    /// Hands buffered writes to the disk file.
    fn write_pending(&mut self) -> Result<(), IoFailure> {
        if self.write_buf.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.write_buf);
        if let Some(Stream::Disk(f)) = self.stream.as_mut() {
            f.write_all(&pending)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), IoFailure> {
        self.write_pending()?;
        match self.stream.as_mut() {
            Some(Stream::Disk(f)) => f.flush()?,
            Some(Stream::Stdout) => c_stdout::flush()?,
            _ => {}
        }
        Ok(())
    }

    fn seek(&mut self, whence: SeekFrom) -> Result<u64, IoFailure> {
        self.write_pending()?;
        let unread = self.unread() as i64;
        self.read_buf.clear();
        self.read_pos = 0;
        let Some(Stream::Disk(f)) = self.stream.as_mut() else {
            return Err(IoFailure {
                message: "Illegal seek".to_string(),
                errno: ESPIPE,
            });
        };
        let whence = match whence {
            SeekFrom::Current(offset) => SeekFrom::Current(offset - unread),
            other => other,
        };
        Ok(f.seek(whence)?)
    }

    fn close(&mut self) -> Result<(), IoFailure> {
        let result = self.flush();
        if let Some(Stream::Pipe(mut child)) = self.stream.take() {
            // `pclose`: the command sees the end of its input, then is waited for; 5.1
            // reports only whether waiting worked, not the command's status.
            drop(child.stdin.take());
            drop(child.stdout.take());
            child.wait()?;
        }
        self.stream = None;
        self.read_buf.clear();
        self.read_pos = 0;
        result
    }
}

impl Drop for LuaFile {
    fn drop(&mut self) {
        // What 5.1's `__gc` does for a buffered file the script forgot to close.
        let _ = self.write_pending();
    }
}

/// How `fopen` reads a mode string: the first letter chooses, `+` adds the other
/// direction, `x` demands a new file, other letters (`b`...) are ignored as glibc does.
fn open_options(mode: &[u8]) -> Option<(OpenOptions, bool, bool)> {
    let plus = mode.iter().skip(1).any(|&b| b == b'+');
    let exclusive = mode.iter().skip(1).any(|&b| b == b'x');
    let mut options = OpenOptions::new();
    let (readable, writable) = match mode.first()? {
        b'r' => {
            options.read(true).write(plus);
            (true, plus)
        }
        b'w' => {
            options.write(true).read(plus).truncate(true);
            if exclusive {
                options.create_new(true);
            } else {
                options.create(true);
            }
            (plus, true)
        }
        b'a' => {
            options.append(true).read(plus);
            if exclusive {
                options.create_new(true);
            } else {
                options.create(true);
            }
            (plus, true)
        }
        _ => return None,
    };
    Some((options, readable, writable))
}

fn open_file(path: &[u8], mode: &[u8]) -> Result<LuaFile, IoFailure> {
    let Some((options, readable, writable)) = open_options(mode) else {
        return Err(IoFailure {
            message: "Invalid argument".to_string(),
            errno: EINVAL,
        });
    };
    let path = host_path(path);
    let file = options.open(path)?;
    Ok(LuaFile::new(Stream::Disk(file), readable, writable, false))
}

/// A Lua string as a file system path (bytes on Unix).
pub(crate) fn host_path(bytes: &[u8]) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStrExt;
    std::path::PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

pub fn open(vm: &mut Vm) {
    let meta = vm.heap.new_table(0, 8);
    vm.register(
        meta,
        &[
            ("close", io_close),
            ("flush", file_flush),
            ("lines", file_lines),
            ("read", file_read),
            ("seek", file_seek),
            ("setvbuf", file_setvbuf),
            ("write", file_write),
            ("__gc", file_gc),
            ("__tostring", file_tostring),
        ],
    );
    vm.set_field(meta, "__index", Value::Table(meta));
    let registry = vm.registry;
    vm.set_field(registry, FILE_HANDLE, Value::Table(meta));

    let io = vm.heap.new_table(0, 16);
    vm.register(
        io,
        &[
            ("close", io_close),
            ("flush", io_flush),
            ("input", io_input),
            ("lines", io_lines),
            ("open", io_open),
            ("output", io_output),
            ("popen", io_popen),
            ("read", io_read),
            ("tmpfile", io_tmpfile),
            ("type", io_type),
            ("write", io_write),
        ],
    );
    let stdin = new_file(vm, LuaFile::new(Stream::Stdin, true, false, true));
    let stdout = new_file(vm, LuaFile::new(Stream::Stdout, false, true, true));
    let stderr = new_file(vm, LuaFile::new(Stream::Stderr, false, true, true));
    vm.set_field(io, "stdin", stdin);
    vm.set_field(io, "stdout", stdout);
    vm.set_field(io, "stderr", stderr);
    vm.set_field(registry, DEFAULT_INPUT, stdin);
    vm.set_field(registry, DEFAULT_OUTPUT, stdout);
    let g = vm.globals;
    vm.set_field(g, "io", Value::Table(io));
}

/// Writes out what every open file still buffers (at exit, where 5.1 relies on C's
/// `exit` flushing stdio).
pub fn flush_all(vm: &mut Vm) {
    let _ = c_stdout::flush();
    let handles: Vec<UserDataRef> = vm.heap.userdata.iter().map(|(h, _)| h).collect();
    for h in handles {
        if let Some(file) = vm
            .heap
            .userdata
            .get_mut(h)
            .and_then(|u| u.host.as_mut())
            .and_then(|host| host.downcast_mut::<LuaFile>())
        {
            let _ = file.flush();
        }
    }
    let _ = std::io::stdout().flush();
}

fn new_file(vm: &mut Vm, file: LuaFile) -> Value {
    let registry = vm.registry;
    let metatable = match vm.get_field(registry, FILE_HANDLE) {
        Value::Table(t) => Some(t),
        _ => None,
    };
    let env = vm.globals;
    let u = vm.heap.new_userdata(UserData {
        metatable,
        env,
        host: Some(Box::new(file)),
    });
    Value::UserData(u)
}

fn as_file(vm: &mut Vm, v: Value) -> Option<&mut LuaFile> {
    match v {
        Value::UserData(u) => vm
            .heap
            .userdata
            .get_mut(u)?
            .host
            .as_mut()?
            .downcast_mut::<LuaFile>(),
        _ => None,
    }
}

/// Argument `n` as a file handle, open or closed (5.1's `luaL_checkudata(L, n, "FILE*")`).
fn check_file_handle(vm: &mut Vm, n: usize) -> LuaResult<Value> {
    let v = vm.arg(n);
    if as_file(vm, v).is_some() {
        Ok(v)
    } else {
        Err(vm.arg_type_error(n, FILE_HANDLE))
    }
}

/// Argument 1 as an open file (5.1's `tofile`).
fn check_open_file(vm: &mut Vm) -> LuaResult<Value> {
    let v = check_file_handle(vm, 1)?;
    if file_of(vm, v).is_closed() {
        return Err(vm.native_error(b"attempt to use a closed file"));
    }
    Ok(v)
}

/// The file inside a value already checked to be one.
fn file_of(vm: &mut Vm, v: Value) -> &mut LuaFile {
    as_file(vm, v).expect("value checked to be a file")
}

/// 5.1's `pushresult`: `true`, or `nil, message, errno`.
fn push_result(vm: &mut Vm, result: Result<(), IoFailure>, filename: Option<&[u8]>) -> usize {
    match result {
        Ok(()) => {
            vm.push(Value::Boolean(true));
            1
        }
        Err(e) => push_failure(vm, e, filename),
    }
}

fn push_failure(vm: &mut Vm, e: IoFailure, filename: Option<&[u8]>) -> usize {
    vm.push(Value::Nil);
    let mut message = Vec::new();
    if let Some(name) = filename {
        message.extend_from_slice(name);
        message.extend_from_slice(b": ");
    }
    message.extend_from_slice(e.message.as_bytes());
    vm.push_bytes(&message);
    vm.push(Value::Number(e.errno as f64));
    3
}

/// 5.1's `fileerror`: a bad-argument error naming the file and the OS's reason.
fn file_error(vm: &mut Vm, n: usize, filename: &[u8], e: IoFailure) -> LuaError {
    let text = format!("{}: {}", String::from_utf8_lossy(filename), e.message);
    vm.arg_error(n, &text)
}

fn default_file(vm: &mut Vm, key: &str) -> LuaResult<Value> {
    let registry = vm.registry;
    let f = vm.get_field(registry, key);
    match as_file(vm, f) {
        Some(file) if !file.is_closed() => Ok(f),
        _ => {
            let which = if key == DEFAULT_INPUT {
                "input"
            } else {
                "output"
            };
            let msg = format!("standard {which} file is closed");
            Err(vm.native_error(msg.as_bytes()))
        }
    }
}

fn io_open(vm: &mut Vm) -> LuaResult<usize> {
    let name = vm.check_bytes(1)?;
    let mode = match vm.opt_string(2)? {
        Some(s) => vm.heap.str_bytes(s).to_vec(),
        None => b"r".to_vec(),
    };
    match open_file(&name, &mode) {
        Ok(file) => {
            let f = new_file(vm, file);
            vm.push(f);
            Ok(1)
        }
        Err(e) => Ok(push_failure(vm, e, Some(&name))),
    }
}

/// `io.popen(prog [, mode])`: `sh -c prog` with a pipe to its standard output (mode `r`) or
/// from its standard input (mode `w`); any other mode fails as glibc's `popen` does.
fn io_popen(vm: &mut Vm) -> LuaResult<usize> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let program = vm.check_bytes(1)?;
    let mode = match vm.opt_string(2)? {
        Some(s) => vm.heap.str_bytes(s).to_vec(),
        None => b"r".to_vec(),
    };
    let reading = match mode.as_slice() {
        b"r" | b"re" => true,
        b"w" | b"we" => false,
        _ => {
            let failure = IoFailure {
                message: "Invalid argument".to_string(),
                errno: EINVAL,
            };
            return Ok(push_failure(vm, failure, Some(&program)));
        }
    };
    // 5.1's `lua_popen` is `fflush(NULL), popen(...)`: everything written so far goes out
    // before the command's output.
    flush_all(vm);
    // glibc runs `/bin/sh` named `sh`, the name the shell's own messages start with.
    let mut command = Command::new("/bin/sh");
    command.arg0("sh").arg("-c").arg(host_path(&program));
    if reading {
        command.stdout(Stdio::piped());
    } else {
        command.stdin(Stdio::piped());
    }
    match command.spawn() {
        Ok(child) => {
            let f = new_file(
                vm,
                LuaFile::new(Stream::Pipe(child), reading, !reading, false),
            );
            vm.push(f);
            Ok(1)
        }
        Err(e) => Ok(push_failure(vm, e.into(), Some(&program))),
    }
}

fn io_tmpfile(vm: &mut Vm) -> LuaResult<usize> {
    match anonymous_temp_file() {
        Ok(file) => {
            let f = new_file(vm, LuaFile::new(Stream::Disk(file), true, true, false));
            vm.push(f);
            Ok(1)
        }
        Err(e) => Ok(push_failure(vm, e.into(), None)),
    }
}

/// A read/write file that disappears when closed (C's `tmpfile`): created with a fresh
/// name and unlinked at once.
fn anonymous_temp_file() -> std::io::Result<File> {
    let dir = std::env::temp_dir();
    let mut attempt = 0u32;
    loop {
        let path = dir.join(unique_temp_name("lua_tmp", attempt));
        match OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => {
                std::fs::remove_file(&path)?;
                return Ok(file);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

/// A file name unlikely to exist: the process id, the time, and a per-process counter.
pub(crate) fn unique_temp_name(prefix: &str, attempt: u32) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("{prefix}_{}_{nanos:x}_{n}_{attempt}", std::process::id())
}

fn io_type(vm: &mut Vm) -> LuaResult<usize> {
    let v = vm.check_any(1)?;
    match as_file(vm, v) {
        None => vm.push(Value::Nil),
        Some(f) => {
            let name: &[u8] = if f.is_closed() {
                b"closed file"
            } else {
                b"file"
            };
            vm.push_bytes(name);
        }
    }
    Ok(1)
}

fn close_value(vm: &mut Vm, f: Value) -> usize {
    let file = file_of(vm, f);
    if file.standard {
        vm.push(Value::Nil);
        vm.push_bytes(b"cannot close standard file");
        return 2;
    }
    let result = file.close();
    push_result(vm, result, None)
}

/// `io.close([file])` and `file:close()`.
fn io_close(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg_count() == 0 {
        let registry = vm.registry;
        let out = vm.get_field(registry, DEFAULT_OUTPUT);
        vm.push(out);
    }
    let f = check_open_file(vm)?;
    Ok(close_value(vm, f))
}

fn file_gc(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file_handle(vm, 1)?;
    if !file_of(vm, f).is_closed() {
        close_value(vm, f);
    }
    Ok(0)
}

fn file_tostring(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_file_handle(vm, 1)?;
    let text = if file_of(vm, f).is_closed() {
        "file (closed)".to_string()
    } else {
        let Value::UserData(u) = f else {
            unreachable!("checked file handle")
        };
        format!("file (0x{:08x})", 0x0900_0000u64 + u.index() as u64 * 0x20)
    };
    vm.push_bytes(text.as_bytes());
    Ok(1)
}

/// `io.input`/`io.output`: with a name, opens it; with a file, adopts it; returns the
/// current default either way.
fn set_default_file(vm: &mut Vm, key: &str, mode: &[u8]) -> LuaResult<usize> {
    let registry = vm.registry;
    match vm.arg(1) {
        Value::Nil => {}
        Value::String(_) | Value::Number(_) => {
            let name = vm.check_bytes(1)?;
            let file = open_file(&name, mode).map_err(|e| file_error(vm, 1, &name, e))?;
            let f = new_file(vm, file);
            vm.set_field(registry, key, f);
        }
        _ => {
            let f = check_open_file(vm)?;
            vm.set_field(registry, key, f);
        }
    }
    let current = vm.get_field(registry, key);
    vm.push(current);
    Ok(1)
}

fn io_input(vm: &mut Vm) -> LuaResult<usize> {
    set_default_file(vm, DEFAULT_INPUT, b"r")
}

fn io_output(vm: &mut Vm) -> LuaResult<usize> {
    set_default_file(vm, DEFAULT_OUTPUT, b"w")
}

fn io_flush(vm: &mut Vm) -> LuaResult<usize> {
    let f = default_file(vm, DEFAULT_OUTPUT)?;
    let result = file_of(vm, f).flush();
    Ok(push_result(vm, result, None))
}

fn file_flush(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_open_file(vm)?;
    let result = file_of(vm, f).flush();
    Ok(push_result(vm, result, None))
}

fn io_write(vm: &mut Vm) -> LuaResult<usize> {
    let f = default_file(vm, DEFAULT_OUTPUT)?;
    write_args(vm, f, 1)
}

fn file_write(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_open_file(vm)?;
    write_args(vm, f, 2)
}

/// 5.1's `g_write`: numbers as `%.14g`, strings as they are; stops writing after the
/// first failure but still checks every argument.
fn write_args(vm: &mut Vm, f: Value, first: usize) -> LuaResult<usize> {
    let mut status = Ok(());
    for n in first..=vm.arg_count() {
        let bytes = match vm.arg(n) {
            Value::Number(x) => {
                let mut text = Vec::with_capacity(24);
                format_number(x, &mut text);
                text
            }
            _ => vm.check_bytes(n)?,
        };
        if status.is_ok() {
            status = file_of(vm, f).write(&bytes);
        }
    }
    Ok(push_result(vm, status, None))
}

fn io_read(vm: &mut Vm) -> LuaResult<usize> {
    let f = default_file(vm, DEFAULT_INPUT)?;
    read_formats(vm, f, 1)
}

fn file_read(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_open_file(vm)?;
    read_formats(vm, f, 2)
}

/// What one read format produced.
enum ReadOutcome {
    Value(Value),
    /// Nothing to read (end of file, or no number there).
    Failure,
}

/// 5.1's `g_read`: each format in turn until one fails, whose result is then nil; with no
/// format, one line.
fn read_formats(vm: &mut Vm, f: Value, first: usize) -> LuaResult<usize> {
    let last = vm.arg_count();
    if last < first {
        let outcome = read_one(vm, f, Format::Line);
        return finish_read(vm, vec![outcome]);
    }
    let mut outcomes = Vec::new();
    for n in first..=last {
        let format = match vm.arg(n) {
            Value::Number(x) => Format::Chars(crate::args::lua_integer(x).max(0) as usize),
            Value::String(s) => {
                let bytes = vm.heap.str_bytes(s);
                match (bytes.first(), bytes.get(1)) {
                    (Some(b'*'), Some(b'n')) => Format::Number,
                    (Some(b'*'), Some(b'l')) => Format::Line,
                    (Some(b'*'), Some(b'a')) => Format::All,
                    (Some(b'*'), _) => return Err(vm.arg_error(n, "invalid format")),
                    _ => return Err(vm.arg_error(n, "invalid option")),
                }
            }
            _ => return Err(vm.arg_error(n, "invalid option")),
        };
        let outcome = read_one(vm, f, format);
        let stop = !matches!(outcome, Ok(ReadOutcome::Value(_)));
        outcomes.push(outcome);
        if stop {
            break;
        }
    }
    finish_read(vm, outcomes)
}

fn finish_read(vm: &mut Vm, outcomes: Vec<Result<ReadOutcome, IoFailure>>) -> LuaResult<usize> {
    let mut count = 0;
    for outcome in outcomes {
        match outcome {
            Ok(ReadOutcome::Value(v)) => vm.push(v),
            Ok(ReadOutcome::Failure) => vm.push(Value::Nil),
            Err(e) => {
                vm.truncate_stack(vm.top() - count);
                return Ok(push_failure(vm, e, None));
            }
        }
        count += 1;
    }
    Ok(count)
}

#[derive(Clone, Copy)]
enum Format {
    Number,
    Line,
    All,
    Chars(usize),
}

fn read_one(vm: &mut Vm, f: Value, format: Format) -> Result<ReadOutcome, IoFailure> {
    let file = file_of(vm, f);
    let bytes = match format {
        Format::Number => {
            return Ok(match file.read_number()? {
                Some(x) => ReadOutcome::Value(Value::Number(x)),
                None => ReadOutcome::Failure,
            })
        }
        Format::Line => file.read_line()?,
        Format::All => Some(file.read_chars(usize::MAX)?),
        // `read(0)` tests for end of file.
        Format::Chars(0) => file.peek()?.map(|_| Vec::new()),
        Format::Chars(n) => Some(file.read_chars(n)?).filter(|s| !s.is_empty()),
    };
    Ok(match bytes {
        Some(bytes) => ReadOutcome::Value(vm.new_string(&bytes)),
        None => ReadOutcome::Failure,
    })
}

fn io_lines(vm: &mut Vm) -> LuaResult<usize> {
    if vm.arg(1).is_nil() {
        let f = default_file(vm, DEFAULT_INPUT)?;
        return push_line_iterator(vm, f, false);
    }
    let name = vm.check_bytes(1)?;
    let file = open_file(&name, b"r").map_err(|e| file_error(vm, 1, &name, e))?;
    let f = new_file(vm, file);
    push_line_iterator(vm, f, true)
}

fn file_lines(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_open_file(vm)?;
    push_line_iterator(vm, f, false)
}

fn push_line_iterator(vm: &mut Vm, f: Value, close_at_end: bool) -> LuaResult<usize> {
    let iterator =
        vm.native_with_upvalues("lines", next_line, vec![f, Value::Boolean(close_at_end)]);
    vm.push(iterator);
    Ok(1)
}

/// The iterator `lines` returns: the next line, or nothing at the end (closing the file
/// if `io.lines` opened it).
fn next_line(vm: &mut Vm) -> LuaResult<usize> {
    let f = vm.native_upvalue(0);
    let close_at_end = vm.native_upvalue(1).is_truthy();
    if as_file(vm, f).is_none_or(|file| file.is_closed()) {
        return Err(vm.native_error(b"file is already closed"));
    }
    match file_of(vm, f).read_line() {
        Ok(Some(line)) => {
            vm.push_bytes(&line);
            Ok(1)
        }
        Ok(None) => {
            if close_at_end {
                let _ = file_of(vm, f).close();
            }
            Ok(0)
        }
        Err(e) => Err(vm.native_error(e.message.as_bytes())),
    }
}

fn file_seek(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_open_file(vm)?;
    let whence = match vm.opt_string(2)? {
        None => "cur".to_string(),
        Some(s) => String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned(),
    };
    let offset = vm.opt_integer(3, 0)?;
    let target = match whence.as_str() {
        "set" => {
            if offset < 0 {
                return Ok(push_failure(
                    vm,
                    IoFailure {
                        message: "Invalid argument".to_string(),
                        errno: EINVAL,
                    },
                    None,
                ));
            }
            SeekFrom::Start(offset as u64)
        }
        "cur" => SeekFrom::Current(offset),
        "end" => SeekFrom::End(offset),
        other => {
            let msg = format!("invalid option '{other}'");
            return Err(vm.arg_error(2, &msg));
        }
    };
    match file_of(vm, f).seek(target) {
        Ok(position) => {
            vm.push(Value::Number(position as f64));
            Ok(1)
        }
        Err(e) => Ok(push_failure(vm, e, None)),
    }
}

fn file_setvbuf(vm: &mut Vm) -> LuaResult<usize> {
    let f = check_open_file(vm)?;
    let mode = vm.check_bytes(2)?;
    let size = vm.opt_integer(3, BUFFER_SIZE as i64)?.max(1) as usize;
    let buffering = match mode.as_slice() {
        b"no" => Buffering::No,
        b"line" => Buffering::Line,
        b"full" => Buffering::Full(size),
        other => {
            let msg = format!("invalid option '{}'", String::from_utf8_lossy(other));
            return Err(vm.arg_error(2, &msg));
        }
    };
    let file = file_of(vm, f);
    let result = if file.is_standard_output() {
        let mode = match buffering {
            Buffering::No => c_stdout::Mode::Unbuffered,
            Buffering::Line => c_stdout::Mode::Line,
            Buffering::Full(_) => c_stdout::Mode::Full,
        };
        c_stdout::set_mode(mode).map_err(IoFailure::from)
    } else {
        file.flush()
    };
    file.buffering = buffering;
    Ok(push_result(vm, result, None))
}
