//! Redis 7.0's error replies, word for word, as a script receives them.

pub(crate) const UNKNOWN_COMMAND: &str = "ERR Unknown Redis command called from script";
pub(crate) const WRONG_ARITY: &str = "ERR Wrong number of args calling Redis command from script";
pub(crate) const NOT_FROM_SCRIPT: &str = "ERR This Redis command is not allowed from script";
pub(crate) const WRONG_TYPE: &str =
    "WRONGTYPE Operation against a key holding the wrong kind of value";
pub(crate) const NOT_INTEGER: &str = "ERR value is not an integer or out of range";
pub(crate) const NOT_FLOAT: &str = "ERR value is not a valid float";
pub(crate) const HASH_NOT_INTEGER: &str = "ERR hash value is not an integer";
pub(crate) const HASH_NOT_FLOAT: &str = "ERR hash value is not a float";
pub(crate) const OVERFLOW: &str = "ERR increment or decrement would overflow";
pub(crate) const NAN_OR_INFINITY: &str = "ERR increment would produce NaN or Infinity";
pub(crate) const SYNTAX: &str = "ERR syntax error";
pub(crate) const NO_SUCH_KEY: &str = "ERR no such key";
pub(crate) const INDEX_OUT_OF_RANGE: &str = "ERR index out of range";
pub(crate) const MUST_BE_POSITIVE: &str = "ERR value is out of range, must be positive";
pub(crate) const ZADD_XX_NX: &str = "ERR XX and NX options at the same time are not compatible";
pub(crate) const ZADD_GT_LT_NX: &str =
    "ERR GT, LT, and/or NX options at the same time are not compatible";
pub(crate) const ZADD_INCR_PAIR: &str = "ERR INCR option supports a single increment-element pair";
pub(crate) const EXPIRE_OPTIONS: &str =
    "ERR NX and XX, GT or LT options at the same time are not compatible";
pub(crate) const SCORE_NAN: &str = "ERR resulting score is not a number (NaN)";

/// `ERR wrong number of arguments for '<command>' command`, for the arity checks a command
/// makes while it runs (pairs of fields and values, for instance).
pub(crate) fn wrong_arguments(command: &str) -> String {
    format!("ERR wrong number of arguments for '{command}' command")
}

/// `ERR invalid expire time in '<command>' command`.
pub(crate) fn invalid_expire(command: &str) -> String {
    format!("ERR invalid expire time in '{command}' command")
}

/// `ERR Unsupported option <option>` (the option as the script spelled it).
pub(crate) fn unsupported_option(option: &[u8]) -> String {
    format!("ERR Unsupported option {}", String::from_utf8_lossy(option))
}
