//! A private `redis-server` for the bench: started on a free loopback port with persistence
//! off, and stopped when dropped, or by [`stop_all`] (the command line calls it before
//! exiting, because the last owner of an engine may be a helper thread the process does not
//! wait for).

use super::resp::Connection;
use ferrous_redis_model::Reply;
use std::io;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Every server process running, by the id of its [`ServerProcess`].
static RUNNING: Mutex<Vec<(u64, Child)>> = Mutex::new(Vec::new());
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

fn running() -> MutexGuard<'static, Vec<(u64, Child)>> {
    RUNNING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Stops every server this process started.
pub fn stop_all() {
    for (_, mut child) in running().drain(..) {
        // Killing is enough: nothing is persisted.
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// Stops the server registered as `id`, if it is still running.
fn stop(id: u64) {
    let child = {
        let mut running = running();
        let index = running.iter().position(|(running_id, _)| *running_id == id);
        index.map(|index| running.remove(index).1)
    };
    if let Some(mut child) = child {
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// The program started, found on `PATH` unless `FERROUS_REDIS_SERVER` names another.
pub fn server_program() -> PathBuf {
    std::env::var_os("FERROUS_REDIS_SERVER")
        .map_or_else(|| PathBuf::from("redis-server"), PathBuf::from)
}

/// How long a fresh server may take to answer `PING`.
const STARTUP_PATIENCE: Duration = Duration::from_secs(10);

/// After this long a running script makes Redis answer `BUSY` and accept `SCRIPT KILL`.
pub const BUSY_THRESHOLD_MS: u64 = 200;

/// A running server.
pub struct ServerProcess {
    id: u64,
    port: u16,
    version: String,
}

impl ServerProcess {
    /// Starts a server and waits until it answers. Another program may take the chosen port
    /// between the moment it is found free and the moment the server binds it; the server
    /// that answers is therefore checked to be ours (by process id), with a few retries.
    pub fn start() -> io::Result<ServerProcess> {
        const ATTEMPTS: usize = 5;
        let mut last_error = io::Error::other("redis-server was not started");
        for _ in 0..ATTEMPTS {
            match Self::start_on(free_port()?) {
                Ok(server) => return Ok(server),
                Err(error) => last_error = error,
            }
        }
        Err(last_error)
    }

    fn start_on(port: u16) -> io::Result<ServerProcess> {
        let child = Command::new(server_program())
            .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
            .args([
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "yes",
            ])
            .args(["--busy-reply-threshold", &BUSY_THRESHOLD_MS.to_string()])
            .args([
                "--daemonize",
                "no",
                "--loglevel",
                "warning",
                "--logfile",
                "",
            ])
            .args(["--dir", &std::env::temp_dir().to_string_lossy()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| {
                io::Error::new(
                    error.kind(),
                    format!("cannot start {}: {error}", server_program().display()),
                )
            })?;
        let pid = child.id();
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        running().push((id, child));
        let mut server = ServerProcess {
            id,
            port,
            version: String::new(),
        };
        // On failure `server` is dropped here, which stops the child.
        server.version = server.wait_until_ready(pid)?;
        Ok(server)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `redis_version` from `INFO server`.
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn connect(&self, timeout: Duration) -> io::Result<Connection> {
        Connection::open(self.port, timeout)
    }

    /// Waits until the server answers `INFO server`; its version, or an error when it exits
    /// or when the server answering on the port is another process than `pid`.
    fn wait_until_ready(&mut self, pid: u32) -> io::Result<String> {
        let started = Instant::now();
        loop {
            if let Some(status) = self.exit_status()? {
                return Err(io::Error::other(format!(
                    "redis-server exited at startup ({status})"
                )));
            }
            if let Ok(mut connection) = self.connect(Duration::from_secs(2)) {
                if let Ok(Reply::Bulk(info)) = connection.call(&[b"INFO", b"server"]) {
                    let info = String::from_utf8_lossy(&info);
                    let field = |name: &str| {
                        info.lines()
                            .find_map(|line| line.strip_prefix(name))
                            .map(|value| value.trim().to_string())
                    };
                    if field("process_id:") != Some(pid.to_string()) {
                        return Err(io::Error::other(format!(
                            "another server answers on port {}",
                            self.port
                        )));
                    }
                    return Ok(field("redis_version:").unwrap_or_else(|| "unknown".to_string()));
                }
            }
            if started.elapsed() > STARTUP_PATIENCE {
                return Err(io::Error::other("redis-server did not answer in time"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl ServerProcess {
    fn exit_status(&self) -> io::Result<Option<std::process::ExitStatus>> {
        let mut running = running();
        match running.iter_mut().find(|(id, _)| *id == self.id) {
            Some((_, child)) => child.try_wait(),
            None => Err(io::Error::other("the server was stopped")),
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        stop(self.id);
    }
}

/// A port nobody listens on right now (the OS picks it; the small race with other programs is
/// acceptable for a test server).
fn free_port() -> io::Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}
