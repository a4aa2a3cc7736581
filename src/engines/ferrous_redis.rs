//! The Ferrous VM on `redis`-profile cases, through the VM's Redis layer
//! (`ferrous_vm::redis::RedisVm`), which replies to `EVAL` exactly as Redis does. The script's
//! calls go to the case's model through a recorder, which gives the trace and the key space.

use crate::engine::Case;
use crate::outcome::{ErrorKind, Outcome, Status};
use crate::redis::eval_outcome::eval_outcome;
use crate::redis::keyspace::stored_keys;
use crate::redis::recording::{new_session, RecordingServer};
use ferrous_vm::redis::RedisVm;
use ferrous_vm::ErrorKind as VmErrorKind;

/// Runs a `redis`-profile case (see [`super::ferrous::FerrousEngine`]).
pub fn run(case: &Case) -> Outcome {
    let session = match new_session(case) {
        Ok(session) => session,
        Err(reason) => return Outcome::crashed(reason.as_str()),
    };
    let (keys, argv) = case.keys_and_argv();
    let mut vm = RedisVm::new(Box::new(RecordingServer::new(session.clone())));
    vm.vm_mut()
        .set_instruction_budget(Some(case.limits.instructions));
    vm.vm_mut().set_memory_limit(Some(case.limits.memory_bytes));
    let reply = vm.eval(&case.source, &keys, &argv);
    let ending = vm.last_error_kind();
    drop(vm.into_server());
    let session = session.borrow();
    let mut outcome = eval_outcome(
        &reply,
        session.calls.clone(),
        stored_keys(&session.model.dump()),
    );
    // The VM knows why a script stopped; a budget or kill is a timeout whatever the text.
    if let (Some(VmErrorKind::Timeout | VmErrorKind::Interrupted), Status::Error { kind, .. }) =
        (ending, &mut outcome.status)
    {
        *kind = ErrorKind::Timeout;
    }
    outcome
}
