//! The process's standard output as C's stdio buffers it for `lua5.1`, so that output
//! interleaves with standard error (written at once) as it does there: line by line on a
//! terminal, and in blocks of the file's preferred size (`st_blksize`, 4096 for a pipe)
//! otherwise, written at exit or on `io.flush`. `print`, `io.write` and `io.stdout` share it,
//! as they share C's `stdout`.

use std::io::Write;
use std::sync::Mutex;

/// How writes reach the file descriptor (C's `_IONBF`, `_IOLBF`, `_IOFBF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Unbuffered,
    /// Flushed at each newline, or when the block fills.
    Line,
    /// Flushed when the block fills.
    Full,
}

struct Buffer {
    pending: Vec<u8>,
    /// `None` until first used: the mode follows what fd 1 is then.
    mode: Option<Mode>,
    block: usize,
}

static STDOUT: Mutex<Buffer> = Mutex::new(Buffer {
    pending: Vec::new(),
    mode: None,
    block: 0,
});

/// glibc's choice for a stream it opens: line buffering on a terminal, else full buffering
/// with blocks of the file's preferred size.
fn initial(buffer: &mut Buffer) {
    if buffer.mode.is_some() {
        return;
    }
    // SAFETY: isatty and fstat only read the descriptor's state into `stat`.
    let (terminal, block) = unsafe {
        let mut stat = std::mem::zeroed::<libc::stat>();
        let block = if libc::fstat(1, &mut stat) == 0 && stat.st_blksize > 0 {
            stat.st_blksize as usize
        } else {
            libc::BUFSIZ as usize
        };
        (libc::isatty(1) == 1, block)
    };
    buffer.mode = Some(if terminal { Mode::Line } else { Mode::Full });
    buffer.block = block;
}

fn write_out(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

fn flush_buffer(buffer: &mut Buffer) -> std::io::Result<()> {
    let pending = std::mem::take(&mut buffer.pending);
    if pending.is_empty() {
        return Ok(());
    }
    write_out(&pending)
}

/// Writes `bytes` as `fwrite` to C's `stdout` does.
pub fn write(bytes: &[u8]) -> std::io::Result<()> {
    let mut buffer = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    initial(&mut buffer);
    let block = buffer.block;
    match buffer.mode {
        Some(Mode::Unbuffered) => {
            flush_buffer(&mut buffer)?;
            write_out(bytes)
        }
        Some(Mode::Line) => {
            buffer.pending.extend_from_slice(bytes);
            if bytes.contains(&b'\n') || buffer.pending.len() >= block {
                flush_buffer(&mut buffer)?;
            }
            Ok(())
        }
        _ => {
            // glibc's `xsputn`: fill the block, write it, write whole blocks of the rest
            // directly, keep the tail.
            let room = block.saturating_sub(buffer.pending.len());
            if bytes.len() <= room {
                buffer.pending.extend_from_slice(bytes);
                return Ok(());
            }
            let (head, rest) = bytes.split_at(room);
            buffer.pending.extend_from_slice(head);
            flush_buffer(&mut buffer)?;
            let direct = rest.len() - rest.len() % block;
            if direct > 0 {
                write_out(&rest[..direct])?;
            }
            buffer.pending.extend_from_slice(&rest[direct..]);
            Ok(())
        }
    }
}

/// `fflush(stdout)`.
pub fn flush() -> std::io::Result<()> {
    let mut buffer = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    flush_buffer(&mut buffer)
}

/// `setvbuf(stdout, NULL, mode, size)` as glibc does it, observed against `lua5.1`: without a
/// caller's buffer the size is ignored; turning buffering off writes what is pending and
/// leaves a one-byte buffer that a later "full" or "line" keeps; asking for line buffering
/// once output has begun changes nothing.
pub fn set_mode(mode: Mode) -> std::io::Result<()> {
    let mut buffer = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    let started = buffer.mode.is_some();
    initial(&mut buffer);
    match mode {
        Mode::Unbuffered => {
            flush_buffer(&mut buffer)?;
            buffer.block = 1;
            buffer.mode = Some(Mode::Unbuffered);
        }
        Mode::Line if started && buffer.mode != Some(Mode::Unbuffered) => {}
        _ => buffer.mode = Some(mode),
    }
    Ok(())
}
