//! A private redis-server for the tests that compare with real Redis.

use ferrous_conformance::redis::server_process::ServerProcess;

/// A fresh server, or `None` (the test then skips, saying so) when none can be started, unless
/// `FERROUS_REQUIRE_REDIS` is set, as CI sets it: then a missing server fails the test.
pub fn live_redis_server() -> Option<ServerProcess> {
    match ServerProcess::start() {
        Ok(server) => Some(server),
        Err(error) => {
            assert!(
                std::env::var_os("FERROUS_REQUIRE_REDIS").is_none(),
                "redis-server is required: {error}"
            );
            eprintln!("skipped: no redis-server ({error})");
            None
        }
    }
}
