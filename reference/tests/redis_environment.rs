//! The reference's Redis environment: `EVAL` replies as redis-server 7.0.15 gave them for the
//! same scripts (the full comparison is the bench's `redis` corpus against the real server).

use ferrous_redis_model::{Model, Reply};
use ferrous_reference::redis::{eval, sha1_hex, EvalLimits, RedisScript};

fn limits() -> EvalLimits {
    EvalLimits {
        instructions: 1_000_000,
        memory_bytes: 64 << 20,
    }
}

fn eval_on(model: &mut Model, body: &str, keys: &[&str], argv: &[&str]) -> Reply {
    let keys: Vec<Vec<u8>> = keys.iter().map(|k| k.as_bytes().to_vec()).collect();
    let argv: Vec<Vec<u8>> = argv.iter().map(|a| a.as_bytes().to_vec()).collect();
    let script = RedisScript {
        body: body.as_bytes(),
        keys: &keys,
        argv: &argv,
    };
    eval(&script, &limits(), model)
}

fn eval_fresh(body: &str) -> Reply {
    eval_on(&mut Model::new(), body, &[], &[])
}

fn error(text: &str) -> Reply {
    Reply::Error(text.as_bytes().to_vec())
}

#[test]
fn sha1_is_the_real_one() {
    assert_eq!(sha1_hex(b""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    assert_eq!(sha1_hex(b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
}

#[test]
fn runtime_and_compile_errors_are_worded_as_redis_words_them() {
    let body = "local t = nil\nreturn t.x";
    assert_eq!(
        eval_fresh(body),
        error(&format!(
            "ERR user_script:2: attempt to index local 't' (a nil value) script: {}, on @user_script:2.",
            sha1_hex(body.as_bytes())
        ))
    );
    assert_eq!(
        eval_fresh("return 1 +"),
        error("ERR Error compiling script (new function): user_script:1: unexpected symbol near '<eof>'")
    );
    let body = "return redis.call('nosuch')";
    assert_eq!(
        eval_fresh(body),
        error(&format!(
            "ERR Unknown Redis command called from script script: {}, on @user_script:1.",
            sha1_hex(body.as_bytes())
        ))
    );
}

#[test]
fn results_convert_as_in_redis() {
    assert_eq!(
        eval_fresh("return {1, 2.7, -3.5, 'x', true, false, 9}"),
        Reply::Array(vec![
            Reply::Integer(1),
            Reply::Integer(2),
            Reply::Integer(-3),
            Reply::Bulk(b"x".to_vec()),
            Reply::Integer(1),
            Reply::Nil,
            Reply::Integer(9),
        ]),
        "false is a nil element, not the end of the array"
    );
    assert_eq!(
        eval_fresh("return {ok='fine'}"),
        Reply::Status(b"fine".to_vec())
    );
    assert_eq!(eval_fresh("return redis.error_reply('x')"), error("ERR x"));
    assert_eq!(
        eval_fresh("return redis.error_reply('MY thing')"),
        error("MY thing")
    );
}

#[test]
fn math_random_is_redis_rand48() {
    assert_eq!(
        eval_fresh("math.randomseed(7) return tostring(math.random())"),
        Reply::Bulk(b"0.26644419658298".to_vec())
    );
    assert_eq!(
        eval_fresh("math.randomseed(7) return {math.random(), math.random(10), math.random(5,9)}"),
        Reply::Array(vec![
            Reply::Integer(0),
            Reply::Integer(7),
            Reply::Integer(6)
        ])
    );
}

#[test]
fn the_sandbox_protects_globals_and_refuses_bytecode() {
    let body = "return x";
    assert_eq!(
        eval_fresh(body),
        error(&format!(
            "ERR user_script:1: Script attempted to access nonexistent global variable 'x' script: {}, on @user_script:1.",
            sha1_hex(body.as_bytes())
        ))
    );
    assert_eq!(
        eval_fresh("local f, e = loadstring(string.dump(function() end)) return {tostring(f), e}"),
        Reply::Array(vec![
            Reply::Bulk(b"nil".to_vec()),
            Reply::Bulk(b"[string \"\x1bLuaQ\"]:1: unexpected symbol near 'char(27)'".to_vec()),
        ])
    );
}

#[test]
fn calls_reach_the_server_with_keys_and_argv() {
    let mut model = Model::new();
    let reply = eval_on(
        &mut model,
        "redis.call('SET', KEYS[1], ARGV[1]) return redis.call('GET', KEYS[1])",
        &["k"],
        &["v"],
    );
    assert_eq!(reply, Reply::Bulk(b"v".to_vec()));
    assert_eq!(model.dump().len(), 1);
}

#[test]
fn runaway_scripts_are_stopped_like_killed_ones() {
    let body = "while true do end";
    assert_eq!(
        eval_fresh(body),
        error(&format!(
            "ERR Script killed by user with SCRIPT KILL... script: {}, on @user_script:1.",
            sha1_hex(body.as_bytes())
        ))
    );
}

#[test]
fn error_and_status_texts_end_at_their_first_nul() {
    assert_eq!(
        eval_fresh("local r = redis.error_reply('a\\0b') return {#r.err, r.err}"),
        Reply::Array(vec![Reply::Integer(5), Reply::Bulk(b"ERR a".to_vec())])
    );
    assert_eq!(eval_fresh("return {err = 'x\\0y'}"), error("x"));
    assert_eq!(
        eval_fresh("return {err = '\\na\\nb\\r\\n'}"),
        error(" a b"),
        "a returned error loses its trailing line breaks; the others become spaces"
    );
    assert_eq!(
        eval_fresh("return {ok = 'x\\0y'}"),
        Reply::Status(b"x".to_vec())
    );
    let body = "error('a\\0b')";
    assert_eq!(
        eval_fresh(body),
        error(&format!(
            "ERR user_script:1: a script: {}, on @user_script:1.",
            sha1_hex(body.as_bytes())
        ))
    );
}

#[test]
fn error_reply_takes_a_string_and_trims_line_breaks_around_the_message() {
    assert_eq!(
        eval_fresh("return redis.error_reply('-X \\nfoo\\n').err"),
        Reply::Bulk(b"X foo".to_vec())
    );
    assert_eq!(
        eval_fresh("return redis.error_reply(12).err"),
        Reply::Bulk(b"ERR wrong number or type of arguments".to_vec())
    );
    assert_eq!(
        eval_fresh("return redis.status_reply(5).err"),
        Reply::Bulk(b"ERR wrong number or type of arguments".to_vec())
    );
}

#[test]
fn numbers_outside_the_integer_range_become_the_x86_64_indefinite_integer() {
    assert_eq!(
        eval_fresh("return {1e300, -1e300, 0/0, 2^63, 2^63 - 1024, -2^63, -3.9}"),
        Reply::Array(vec![
            Reply::Integer(i64::MIN),
            Reply::Integer(i64::MIN),
            Reply::Integer(i64::MIN),
            Reply::Integer(i64::MIN),
            Reply::Integer(9_223_372_036_854_774_784),
            Reply::Integer(i64::MIN),
            Reply::Integer(-3),
        ])
    );
}

#[test]
fn bad_command_arguments_give_an_error_table_with_only_err() {
    let fields = "local t = {} for k in pairs(r) do t[#t + 1] = k end table.sort(t) return t";
    let only_err = Reply::Array(vec![Reply::Bulk(b"err".to_vec())]);
    assert_eq!(
        eval_fresh(&format!("local r = redis.pcall('GET', {{}}) {fields}")),
        only_err
    );
    assert_eq!(
        eval_fresh(&format!("local r = redis.pcall() {fields}")),
        only_err
    );
    assert_eq!(
        eval_fresh(&format!("local r = redis.pcall('NOSUCH') {fields}")),
        Reply::Array(vec![
            Reply::Bulk(b"err".to_vec()),
            Reply::Bulk(b"ignore_error_stats_update".to_vec()),
        ]),
        "errors a command replied are marked as counted"
    );
}

#[test]
fn pcall_without_arguments_calls_its_placeholder() {
    assert_eq!(
        eval_fresh("local ok, message = pcall() return {tostring(ok), message}"),
        Reply::Array(vec![
            Reply::Bulk(b"false".to_vec()),
            Reply::Bulk(b"attempt to call a boolean value".to_vec()),
        ])
    );
    assert_eq!(
        eval_fresh("return {tostring(pcall(pcall)), select('#', pcall(pcall))}"),
        Reply::Array(vec![Reply::Bulk(b"true".to_vec()), Reply::Integer(3)])
    );
}

#[test]
fn setmetatable_and_rawset_errors_blame_their_caller_not_the_environment() {
    let body = "local t = setmetatable({}, {__metatable = 'locked'})\n\
                local r = {}\n\
                local function try(...) local ok, e = pcall(...) r[#r + 1] = e end\n\
                try(setmetatable, t, {})\n\
                try(function() setmetatable(t, {}) end)\n\
                try(function() setmetatable({}) end)\n\
                try(function() rawset({}, 1) end)\n\
                return r";
    assert_eq!(
        eval_fresh(body),
        Reply::Array(vec![
            Reply::Bulk(b"cannot change a protected metatable".to_vec()),
            Reply::Bulk(b"user_script:5: cannot change a protected metatable".to_vec()),
            Reply::Bulk(
                b"user_script:6: bad argument #2 to 'setmetatable' (nil or table expected)"
                    .to_vec()
            ),
            Reply::Bulk(b"user_script:7: bad argument #3 to 'rawset' (value expected)".to_vec()),
        ])
    );
}
