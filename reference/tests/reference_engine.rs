//! Behaviour of the reference engine's host surface, checked against what PUC-Rio 5.1 does.

use ferrous_reference::{Ending, ExactValue, Profile, ReferenceLua, RunLimits, TIMEOUT_MESSAGE};

fn limits() -> RunLimits {
    RunLimits {
        instructions: 20_000_000,
        memory_bytes: 64 << 20,
    }
}

/// What a run ended with, in a form that outlives the Lua state.
#[derive(Debug, PartialEq)]
enum Seen {
    Returned(Vec<String>),
    Error(Vec<u8>),
    Syntax(Vec<u8>),
    Memory,
    Timeout,
    Host(String),
}

fn describe(value: &ExactValue) -> String {
    match value {
        ExactValue::Number(n) => format!("number {:?} bits {:016x}", n, n.to_bits()),
        ExactValue::Other(mlua::Value::String(s)) => {
            format!("string {}", String::from_utf8_lossy(&s.as_bytes()))
        }
        ExactValue::Other(other) => other.type_name().to_string(),
    }
}

fn run_with(source: &str, limits: &RunLimits) -> (Seen, String) {
    let engine = ReferenceLua::new(Profile::Lua51).expect("lua51 profile");
    engine.run(source.as_bytes(), "@case.lua", limits, |finished| {
        let seen = match &finished.ending {
            Ending::Returned(values) => Seen::Returned(values.iter().map(describe).collect()),
            Ending::RuntimeError(ExactValue::Other(mlua::Value::String(s))) => {
                Seen::Error(s.as_bytes().to_vec())
            }
            Ending::RuntimeError(other) => Seen::Error(describe(other).into_bytes()),
            Ending::SyntaxError(message) => Seen::Syntax(message.clone()),
            Ending::OutOfMemory => Seen::Memory,
            Ending::BudgetExhausted => Seen::Timeout,
            Ending::HostFailure(reason) => Seen::Host(reason.clone()),
        };
        (seen, String::from_utf8_lossy(&finished.output).into_owned())
    })
}

fn run(source: &str) -> (Seen, String) {
    run_with(source, &limits())
}

#[test]
fn returns_numbers_exactly_including_tiny_and_negative_zero() {
    // Lua 5.1 shares one constant slot for 0 and -0, so `1/0` after `-0.0` divides by -0.
    let (seen, _) = run("return 1e-300, -0.0, 0/0, 1/0, 2^53 + 1, 3");
    let Seen::Returned(values) = seen else {
        panic!("expected returns, got {seen:?}");
    };
    assert_eq!(
        values[0],
        format!("number 1e-300 bits {:016x}", 1e-300f64.to_bits())
    );
    assert_eq!(
        values[1],
        format!("number -0.0 bits {:016x}", (-0.0f64).to_bits())
    );
    assert!(values[2].starts_with("number NaN"));
    assert_eq!(
        values[3],
        format!("number -inf bits {:016x}", f64::NEG_INFINITY.to_bits())
    );
    assert_eq!(
        values[5],
        format!("number 3.0 bits {:016x}", 3.0f64.to_bits())
    );
}

#[test]
fn runtime_error_messages_are_lua_own_without_traceback() {
    let (seen, _) = run("local t = nil\nreturn t.x");
    assert_eq!(
        seen,
        Seen::Error(b"case.lua:2: attempt to index local 't' (a nil value)".to_vec())
    );
    let (seen, _) = run("error('boom', 0)");
    assert_eq!(seen, Seen::Error(b"boom".to_vec()));
    let (seen, _) = run("error('top', 2)");
    assert_eq!(
        seen,
        Seen::Error(b"top".to_vec()),
        "level 2 at top level names no position"
    );
    let (seen, _) = run("error({})");
    assert_eq!(seen, Seen::Error(b"table".to_vec()));
}

#[test]
fn syntax_errors_keep_lua_message() {
    let (seen, _) = run("x = = 1");
    assert_eq!(
        seen,
        Seen::Syntax(b"case.lua:1: unexpected symbol near '='".to_vec())
    );
}

#[test]
fn print_is_captured_and_uses_global_tostring() {
    let (seen, output) = run("print(1, 'a', nil, true)\nprint()\nprint(1.5)");
    assert_eq!(seen, Seen::Returned(vec![]));
    assert_eq!(output, "1\ta\tnil\ttrue\n\n1.5\n");
    let (_, output) = run("tostring = function(v) return '<' .. type(v) .. '>' end\nprint(1, 'x')");
    assert_eq!(output, "<number>\t<string>\n");
    let (seen, _) = run("tostring = function() return nil end\nprint(1)");
    assert_eq!(
        seen,
        Seen::Error(b"'tostring' must return a string to 'print'".to_vec())
    );
}

#[test]
fn library_profile_hides_the_host() {
    let (seen, _) = run(
        "return type(io), type(package), type(require), type(dofile), type(loadfile), \
         type(os.time), type(os.difftime), type(debug.traceback), type(coroutine.wrap), \
         type(string.format), type(table.concat), type(math.floor), _VERSION",
    );
    let expected: Vec<String> = [
        "nil", "nil", "nil", "nil", "nil", "nil", "function", "function", "function", "function",
        "function", "function", "Lua 5.1",
    ]
    .iter()
    .map(|s| format!("string {s}"))
    .collect();
    assert_eq!(seen, Seen::Returned(expected));
}

#[test]
fn budget_is_sticky_even_under_pcall() {
    let small = RunLimits {
        instructions: 100_000,
        ..limits()
    };
    let (seen, _) = run_with("while true do end", &small);
    assert_eq!(seen, Seen::Timeout);
    let (seen, _) = run_with(
        "for i = 1, 10 do pcall(function() while true do end end) end return 'escaped'",
        &small,
    );
    assert_eq!(seen, Seen::Timeout);
    let (seen, _) = run_with(
        "local co = coroutine.wrap(function() while true do end end) return pcall(co)",
        &small,
    );
    assert_eq!(seen, Seen::Timeout, "coroutines are under the budget too");
    let (_, _) = run_with("return 1", &small);
    assert!(!TIMEOUT_MESSAGE.is_empty());
}

#[test]
fn memory_limit_is_sticky_and_reported() {
    let small = RunLimits {
        memory_bytes: 1 << 20,
        ..limits()
    };
    let (seen, _) = run_with("local t = {} for i = 1, 1e7 do t[i] = i end", &small);
    assert_eq!(seen, Seen::Memory);
    let (seen, _) = run_with(
        "local ok = pcall(string.rep, 'x', 1e8) return 'caught', ok",
        &small,
    );
    assert_eq!(seen, Seen::Memory);
    let (seen, _) = run_with("for i = 1, 1e6 do print(('x'):rep(100)) end", &small);
    assert_eq!(
        seen,
        Seen::Memory,
        "captured output counts against the limit"
    );
}

#[test]
fn random_numbers_do_not_depend_on_earlier_runs() {
    let script = "math.randomseed(7) return math.random(1000), math.random(1000), math.random()";
    let (first, _) = run(script);
    let (_, _) = run("for i = 1, 100 do math.random() end");
    let (second, _) = run(script);
    assert_eq!(first, second);
    let (unseeded_a, _) = run("return math.random(1000000)");
    let (_, _) = run("math.randomseed(99) return math.random()");
    let (unseeded_b, _) = run("return math.random(1000000)");
    assert_eq!(unseeded_a, unseeded_b, "each run starts from srand(1)");
}

#[test]
fn redis_profile_is_refused_clearly() {
    let error = ReferenceLua::new(Profile::Redis).expect_err("not available");
    assert!(error.contains("redis"));
}
