//! Threads (coroutines).

/// Placeholder until the execution loop lands (replaced in the VM core commit).
pub struct Thread;
