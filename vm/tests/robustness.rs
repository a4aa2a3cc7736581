//! No input may make the VM panic, overflow the Rust stack, or run forever: these scripts
//! push each limit and check the VM answers with 5.1's error instead.

use ferrous_vm::{stdlib, ErrorKind, ScriptError, Value, Vm};

/// What a script returned (as `tostring` texts) or how it failed, and what it printed.
type Run = (Result<Vec<String>, (ErrorKind, String)>, Vec<u8>);

/// Runs `source` on a fresh VM, on a thread with an ordinary 8 MiB stack.
fn run(source: &'static str, budget: Option<u64>) -> Run {
    run_limited(source, budget, None)
}

/// [`run`] under a memory limit too.
fn run_limited(source: &'static str, budget: Option<u64>, memory: Option<usize>) -> Run {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let mut vm = Vm::new();
            stdlib::open_lua51(&mut vm);
            vm.capture_output();
            vm.set_instruction_budget(budget);
            vm.set_memory_limit(memory);
            let result = vm.exec(source.as_bytes(), b"=test");
            let shown = match result {
                Ok(values) => Ok(values.iter().map(|v| show(&mut vm, *v)).collect()),
                Err(ScriptError { kind, value, .. }) => Err((kind, show(&mut vm, value))),
            };
            (shown, vm.take_output())
        })
        .expect("spawn")
        .join()
        .expect("the VM must not panic")
}

fn show(vm: &mut Vm, v: Value) -> String {
    let s = vm.to_display_string(v).expect("tostring");
    String::from_utf8_lossy(vm.string_bytes(s).unwrap_or(b"?")).into_owned()
}

#[test]
fn a_million_tail_calls_run_in_constant_space() {
    let (r, _) = run(
        "local function loop(n) if n == 0 then return 'done' end return loop(n - 1) end
         return loop(1000000)",
        None,
    );
    assert_eq!(r, Ok(vec!["done".to_string()]));
}

#[test]
fn deep_recursion_is_a_lua_stack_overflow() {
    let (r, _) = run(
        "local function f(n) return 1 + f(n + 1) end return f(1)",
        None,
    );
    let (kind, msg) = r.expect_err("must overflow");
    assert_eq!(kind, ErrorKind::Runtime);
    assert!(msg.ends_with("stack overflow"), "{msg}");
}

#[test]
fn recursion_through_native_calls_is_a_c_stack_overflow() {
    let (r, _) = run(
        "local function f() local ok, e = pcall(f) return e end
         return f()",
        None,
    );
    let values = r.expect("pcall catches it");
    assert!(values[0].contains("stack overflow"), "{values:?}");
}

#[test]
fn metamethod_recursion_is_bounded() {
    let (r, _) = run(
        "local t = setmetatable({}, {}) getmetatable(t).__index = function(t, k) return t[k] end
         return t.x",
        None,
    );
    let (_, msg) = r.expect_err("must overflow");
    assert!(msg.contains("stack overflow"), "{msg}");
}

#[test]
fn runaway_loops_stop_at_the_budget_and_pcall_cannot_catch_it() {
    let (r, _) = run(
        "while true do pcall(function() while true do end end) end",
        Some(1_000_000),
    );
    assert_eq!(r.expect_err("budget").0, ErrorKind::Timeout);
}

#[test]
fn deeply_nested_expressions_are_a_syntax_error() {
    let src: &'static str = Box::leak(
        format!("return {}1{}", "(".repeat(100_000), ")".repeat(100_000)).into_boxed_str(),
    );
    let (r, _) = run(src, None);
    let (kind, msg) = r.expect_err("too deep");
    assert_eq!(kind, ErrorKind::Syntax);
    assert!(
        msg.contains("too many syntax levels") || msg.contains("overflow"),
        "{msg}"
    );
}

#[test]
fn long_concatenation_chains_work() {
    let (r, _) = run(
        "local parts = {} for i = 1, 20000 do parts[i] = 'x' end
         local s = '' for i = 1, 2000 do s = s .. parts[i] .. i end
         return #s",
        None,
    );
    assert_eq!(r, Ok(vec!["8893".to_string()]));
}

#[test]
fn coroutines_yield_and_finish() {
    let (r, out) = run(
        "local co = coroutine.wrap(function(a) local b = coroutine.yield(a * 2) print(b) return 'end' end)
         print(co(21)) return co('x')",
        None,
    );
    assert_eq!(r, Ok(vec!["end".to_string()]));
    assert_eq!(out, b"42\nx\n");
}

#[test]
fn ten_thousand_live_coroutines() {
    let (r, _) = run(
        "local cos = {}
         for i = 1, 10000 do cos[i] = coroutine.create(function(x) coroutine.yield(x) return x * 2 end) end
         local sum = 0
         for i = 1, 10000 do local _, v = coroutine.resume(cos[i], i) sum = sum + v end
         for i = 1, 10000 do local _, v = coroutine.resume(cos[i]) sum = sum + v end
         return sum",
        None,
    );
    assert_eq!(r, Ok(vec![(50005000 * 3).to_string()]));
}

#[test]
fn the_vm_is_usable_after_an_error() {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let mut vm = Vm::new();
            stdlib::open_lua51(&mut vm);
            assert!(vm.exec(b"local t = nil; return t.x", b"=a").is_err());
            let v = vm.exec(b"return 1 + 1", b"=b").expect("second script runs");
            assert!(matches!(v[..], [Value::Number(n)] if n == 2.0));
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn a_gsub_template_repeating_a_long_match_is_refused_before_it_is_built() {
    let (r, _) = run_limited(
        "local s = ('x'):rep(1000000) return (s:gsub('.*', ('%0'):rep(1000)))",
        None,
        Some(16 << 20),
    );
    assert_eq!(r, Err((ErrorKind::Memory, "not enough memory".into())));
}

#[test]
fn native_loops_stop_at_the_budget() {
    for source in [
        // 100 million shifts.
        "local t = {} table.insert(t, -100000000, 1)",
        // 400,000 instructions to fill, about 1.7 million comparisons to sort.
        "local t = {} for i = 1, 100000 do t[i] = -i end table.sort(t)",
    ] {
        let (r, _) = run(source, Some(1_000_000));
        assert!(
            matches!(&r, Err((ErrorKind::Timeout, _))),
            "{source}: {r:?}"
        );
    }
}

#[test]
fn a_binary_chunk_read_in_pieces_stays_within_the_memory_limit() {
    let (r, _) = run_limited(
        "local piece, first = ('x'):rep(1000000), true
         return load(function()
             if first then first = false return '\\27Lua' end
             return piece
         end)",
        Some(1_000_000),
        Some(16 << 20),
    );
    assert_eq!(r, Ok(vec!["nil".into(), "not enough memory".into()]));
}
