//! The worker side: `ferrous-conformance worker --engine NAME` reads cases from stdin and
//! answers each with the outcome of one engine run, until stdin closes.
//!
//! A panic in the engine becomes a `crash` outcome, as in-process; anything that kills the
//! process (an abort, a stack overflow, a segfault in C code) is seen by the parent, which
//! reports it as the crash of that one case.

use super::frames::{read_frame, write_frame};
use crate::engine::{Case, Engine};
use crate::outcome::Outcome;
use crate::runner::{panic_message, ENGINE_STACK_BYTES};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::os::fd::{AsFd, AsRawFd};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

/// Answers every case read from `input` with `engine`'s outcome on `output`.
pub fn serve(engine: &dyn Engine, input: impl Read, output: impl Write) -> io::Result<()> {
    let mut input = BufReader::new(input);
    let mut output = BufWriter::new(output);
    while let Some(case) = read_frame::<Case>(&mut input)? {
        let outcome = catch_unwind(AssertUnwindSafe(|| engine.run(&case)))
            .unwrap_or_else(|payload| Outcome::crashed(panic_message(payload.as_ref()).as_str()));
        write_frame(&mut output, &outcome)?;
    }
    Ok(())
}

/// How often a worker checks that the bench that started it is still alive.
const PARENT_CHECK: Duration = Duration::from_millis(200);

/// Serves `engine` over this process's stdin and stdout, on a thread with the stack engines
/// need. Panics are already reported in outcomes, so the default hook's printing is silenced.
///
/// The worker lives and dies with its parent: Ctrl-C at the terminal is the parent's to handle
/// (it may still write a report, and a worker dying of it would turn its case into a crash),
/// and a worker whose parent is gone exits even if a run is stuck in C code.
pub fn serve_stdio(engine: Box<dyn Engine>) -> io::Result<()> {
    std::panic::set_hook(Box::new(|_| {}));
    // SAFETY: ignoring a signal installs no handler code.
    unsafe { libc::signal(libc::SIGINT, libc::SIG_IGN) };
    let parent = std::os::unix::process::parent_id();
    std::thread::Builder::new()
        .name("worker-parent-watch".to_string())
        .spawn(move || loop {
            std::thread::sleep(PARENT_CHECK);
            if std::os::unix::process::parent_id() != parent {
                std::process::exit(3);
            }
        })?;
    let (requests, replies) = take_standard_streams()?;
    std::thread::Builder::new()
        .name(format!("worker-{}", engine.name()))
        .stack_size(ENGINE_STACK_BYTES)
        .spawn(move || serve(engine.as_ref(), requests, replies))?
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("the worker thread panicked")))
}

/// Moves the protocol's stdin and stdout to descriptors of their own and points descriptors 0
/// and 1 at `/dev/null` and stderr, so engine code that reads stdin (`debug.debug`) or writes
/// stdout cannot eat or corrupt frames; what it writes shows up in a crash's stderr excerpt.
fn take_standard_streams() -> io::Result<(File, File)> {
    let requests = File::from(io::stdin().as_fd().try_clone_to_owned()?);
    let replies = File::from(io::stdout().as_fd().try_clone_to_owned()?);
    let null = File::open("/dev/null")?;
    for (from, to) in [(null.as_raw_fd(), 0), (2, 1)] {
        // SAFETY: dup2 only replaces descriptor `to`; nothing in this process keeps a
        // reference to what 0 and 1 were besides the clones taken above.
        if unsafe { libc::dup2(from, to) } < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok((requests, replies))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engines::by_name;

    #[test]
    fn each_case_read_is_answered_with_its_outcome() {
        let engine = by_name("ferrous").expect("ferrous");
        let cases = [
            Case::from_source("a", b"return 1 + 1"),
            Case::from_source("b", b"error('x')"),
        ];
        let mut requests = Vec::new();
        for case in &cases {
            write_frame(&mut requests, case).expect("write");
        }
        let mut replies = Vec::new();
        serve(engine.as_ref(), requests.as_slice(), &mut replies).expect("serve");
        let mut reader = replies.as_slice();
        for case in &cases {
            let outcome = read_frame::<Outcome>(&mut reader).expect("read");
            assert_eq!(outcome, Some(engine.run(case)));
        }
        assert_eq!(read_frame::<Outcome>(&mut reader).expect("end"), None);
    }
}
