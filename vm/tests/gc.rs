//! The garbage collector seen from scripts and from the host: memory comes back, cycles and
//! weak entries go, finalizers run as in 5.1, the memory limit fails one script and not the
//! next, and every corpus case behaves the same when the collector runs at every safe point.

use std::path::{Path, PathBuf};

use ferrous_vm::{stdlib, ErrorKind, Vm};

fn vm() -> Vm {
    let mut vm = Vm::new();
    stdlib::open_lua51(&mut vm);
    vm.capture_output();
    vm
}

/// Runs a chunk that must succeed; returns what it printed.
fn run(vm: &mut Vm, source: &str) -> String {
    if let Err(e) = vm.exec(source.as_bytes(), b"=test") {
        let msg = vm.string_bytes(e.value).unwrap_or_default().to_vec();
        panic!(
            "script failed ({:?}): {}",
            e.kind,
            String::from_utf8_lossy(&msg)
        );
    }
    String::from_utf8(vm.take_output()).expect("utf-8 output")
}

#[test]
fn memory_returns_to_baseline_after_dropping_a_large_structure() {
    let mut vm = vm();
    vm.collect_garbage().unwrap();
    let baseline = vm.memory_in_use();
    run(
        &mut vm,
        "big = {} for i = 1, 200000 do big[i] = {i, tostring(i)} end",
    );
    let peak = vm.memory_in_use();
    assert!(
        peak > baseline + 10_000_000,
        "peak {peak} baseline {baseline}"
    );
    run(&mut vm, "big = nil");
    vm.collect_garbage().unwrap();
    let after = vm.memory_in_use();
    assert!(
        after < baseline + 64 * 1024,
        "after {after} baseline {baseline}"
    );
}

#[test]
fn collectgarbage_count_follows_the_heap() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        collectgarbage()
        local before = collectgarbage("count")
        local t = {}
        for i = 1, 50000 do t[i] = {} end
        local during = collectgarbage("count")
        t = nil
        collectgarbage()
        local after = collectgarbage("count")
        print(during > before + 1000, after < before + 64, gcinfo() == math.floor(after))
        "#,
    );
    assert_eq!(out, "true\ttrue\ttrue\n");
}

#[test]
fn cyclic_structures_are_freed() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        local probe = setmetatable({}, {__mode = "k"})
        do
            local a, b = {}, {}
            a.other, b.other = b, a
            local f
            f = function() return f, a end   -- a closure that references itself
            a.f = f
            probe[a] = true
            probe[f] = true
            local co = coroutine.create(function(self) coroutine.yield(self) end)
            coroutine.resume(co, co)          -- a suspended thread holding itself
            probe[co] = true
        end
        collectgarbage()
        print(next(probe))
        "#,
    );
    assert_eq!(out, "nil\n");
}

#[test]
fn weak_keyed_cache_empties_after_collection() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        -- Lua 5.1 has no ephemerons: a value that referenced its key would keep it alive.
        local cache = setmetatable({}, {__mode = "k"})
        local function remember(obj) cache[obj] = {derived = true} end
        local kept = {}
        for i = 1, 100 do
            local obj = {}
            remember(obj)
            if i <= 3 then kept[i] = obj end
        end
        local function count() local n = 0 for _ in pairs(cache) do n = n + 1 end return n end
        collectgarbage()
        local middle = count()
        kept = nil
        collectgarbage()
        print(middle, count())
        "#,
    );
    assert_eq!(out, "3\t0\n");
}

#[test]
fn weak_values_keep_strings_numbers_and_reachable_objects() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        local t = setmetatable({}, {__mode = "v"})
        local live = {}
        t[1] = {} ; t[2] = live ; t[3] = "str" .. 1 ; t[4] = 4 ; t.x = function() end
        collectgarbage()
        print(t[1], t[2] == live, t[3], t[4], t.x)
        "#,
    );
    assert_eq!(out, "nil\ttrue\tstr1\t4\tnil\n");
}

#[test]
fn finalizers_run_newest_first_and_may_resurrect() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        local order = {}
        local proto = newproxy(true)
        getmetatable(proto).__gc = function(u) order[#order + 1] = names[u] ; saved = u end
        names = setmetatable({}, {__mode = "k"})
        for i = 1, 3 do names[newproxy(proto)] = "u" .. i end
        names[proto] = "template"
        proto = nil
        collectgarbage()
        print(table.concat(order, " "), type(saved))
        local again = #order
        saved = nil
        collectgarbage()
        print(#order == again, next(names))
        "#,
    );
    // The template proxy (created first) is finalized last; resurrected userdata are
    // finalized once only and freed by the next collection.
    assert_eq!(out, "u3 u2 u1 template\tuserdata\ntrue\tnil\n");
}

#[test]
fn finalizer_errors_propagate_to_the_collecting_code() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        local u = newproxy(true)
        getmetatable(u).__gc = function() error("boom") end
        u = nil
        print(pcall(collectgarbage))
        "#,
    );
    assert!(out.starts_with("false\t"), "{out}");
    assert!(out.contains("boom"), "{out}");
}

#[test]
fn open_upvalues_of_collected_coroutines_are_closed() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        local getters = {}
        for i = 1, 50 do
            local co = coroutine.create(function()
                local v = "value" .. i
                getters[i] = function() return v end
                coroutine.yield()
            end)
            coroutine.resume(co)
        end
        collectgarbage()
        collectgarbage()
        local s = 0
        for i = 1, 50 do if getters[i]() == "value" .. i then s = s + 1 end end
        print(s)
        "#,
    );
    assert_eq!(out, "50\n");
}

#[test]
fn deep_structures_are_marked_without_recursion() {
    let mut vm = vm();
    run(
        &mut vm,
        r#"
        local list = nil
        for i = 1, 1000000 do list = {next = list} end
        local nested = {}
        for i = 1, 200000 do nested = {nested} end
        collectgarbage()
        list, nested = nil, nil
        collectgarbage()
        "#,
    );
}

#[test]
fn step_reports_the_end_of_a_cycle_and_stop_restart_pace_collection() {
    let mut vm = vm();
    let out = run(
        &mut vm,
        r#"
        local function steps(kb)
            collectgarbage() ; collectgarbage("stop")
            local a = {} for i = 1, 300 do a[i] = {{}} end
            local n = 0
            repeat n = n + 1 until collectgarbage("step", kb)
            return n
        end
        print(steps(0) > 5, steps(1) > steps(8), steps(100000) == 1)
        collectgarbage("stop")
        local before = collectgarbage("count")
        for i = 1, 20000 do local t = {} end
        local grown = collectgarbage("count") > before + 500
        collectgarbage("restart")
        -- Incremental, as 5.1: the garbage goes while the script keeps allocating.
        for i = 1, 20000 do local t = {} end
        print(grown, collectgarbage("count") < before + 500)
        print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
        print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
        "#,
    );
    assert_eq!(out, "true\ttrue\ttrue\ntrue\ttrue\n200\t150\n200\t300\n");
}

#[test]
fn a_million_live_objects_are_collected_in_many_bounded_steps() {
    let mut vm = vm();
    // 100 x 100 x 100 leaf tables under 10,101 inner ones: no object has more than 100
    // references, so a step's work is bounded by its budget plus one object.
    run(
        &mut vm,
        r#"
        collectgarbage("stop")
        live = {}
        for i = 1, 100 do
            local mid = {}
            for j = 1, 100 do
                local leaves = {}
                for k = 1, 100 do leaves[k] = {} end
                mid[j] = leaves
            end
            live[i] = mid
        end
        "#,
    );
    vm.collect_garbage().unwrap();
    let live = vm.memory_in_use();
    let before = vm.gc_stats();
    // Garbage drives the automatic steps through two whole cycles over the live heap.
    let out = run(
        &mut vm,
        r#"
        collectgarbage("setpause", 100)
        collectgarbage("restart")
        local peak = 0
        for i = 1, 3000000 do
            local garbage = {i}
            if i % 10000 == 0 then peak = math.max(peak, collectgarbage("count")) end
        end
        local n = 0
        for i = 1, 100 do for j = 1, 100 do n = n + #live[i][j] end end
        print(n, peak)
        "#,
    );
    let after = vm.gc_stats();
    let mut fields = out.split_whitespace();
    assert_eq!(fields.next(), Some("1000000"), "{out}");
    let peak_kb: f64 = fields.next().and_then(|p| p.parse().ok()).expect("peak");
    let cycles = after.cycles - before.cycles;
    let steps = after.steps - before.steps;
    assert!(cycles >= 2, "{cycles} cycles");
    assert!(steps > 10_000 * cycles, "{steps} steps for {cycles} cycles");
    // Work units are bytes traversed (10 per object swept): a cycle over this heap is worth
    // well over 100 MB of them, a step at most its 2 KB budget plus one 100-entry table and
    // the atomic step's stacks, regrayed objects and weak tables.
    assert!(
        after.largest_step_work < 32 * 1024,
        "largest step {} units",
        after.largest_step_work
    );
    // Collection keeps up with allocation: the heap stays within the pause's bounds.
    let peak = (peak_kb * 1024.0) as usize;
    assert!(peak < live * 3, "peak {peak} for {live} live");
}

#[test]
fn memory_limit_fails_the_script_and_not_the_next() {
    let mut vm = vm();
    vm.set_memory_limit(Some(8 << 20));
    let err = vm
        .exec(b"local t = {} for i = 1, 1e8 do t[i] = i end", b"=hog")
        .expect_err("the table cannot fit");
    assert_eq!(err.kind, ErrorKind::Memory);
    assert_eq!(vm.string_bytes(err.value), Some(&b"not enough memory"[..]));
    assert!(vm.memory_in_use() < 16 << 20);

    let err = vm
        .exec(b"return string.rep('x', 2^30)", b"=rep")
        .expect_err("refused before it is built");
    assert_eq!(err.kind, ErrorKind::Memory);

    let err = vm
        .exec(b"local s = 'x' for i = 1, 40 do s = s .. s end", b"=concat")
        .expect_err("doubling concatenation");
    assert_eq!(err.kind, ErrorKind::Memory);

    let out = run(
        &mut vm,
        "print(pcall(string.rep, 'x', 1e8)) local t = {} for i = 1, 1000 do t[i] = i end print(#t)",
    );
    assert_eq!(out, "false\tnot enough memory\n1000\n");
    assert!(vm.memory_in_use() < 8 << 20);
}

#[test]
fn garbage_under_the_limit_is_collected_not_reported() {
    let mut vm = vm();
    vm.set_memory_limit(Some(4 << 20));
    // 100 MB of short-lived strings and tables through a 4 MB limit.
    run(
        &mut vm,
        r#"
        for i = 1, 2000 do
            local t = {}
            for j = 1, 50 do t[j] = string.rep("y", 1000) .. i .. j end
        end
        "#,
    );
    assert!(vm.gc_cycles() > 10);
}

#[test]
fn many_scripts_in_one_state_keep_memory_bounded() {
    let mut vm = vm();
    run(&mut vm, "cache = {}");
    let mut high_water = 0;
    for i in 0..20_000 {
        let script = format!(
            "local t = {{}} for j = 1, 20 do t[j] = 'k{i}' .. j end cache[{}] = #t return t",
            i % 100
        );
        vm.exec(script.as_bytes(), b"=eval").expect("script runs");
        if i >= 1000 {
            high_water = high_water.max(vm.memory_in_use());
        }
        if i == 1000 {
            vm.collect_garbage().unwrap();
        }
    }
    assert!(high_water < 2 << 20, "high water {high_water}");
}

#[test]
fn the_official_gc_test_file_passes_when_present() {
    // The Lua 5.1 test suite is not part of the repository; `lua-tests/` is git-ignored.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lua-tests/gc.lua");
    let Ok(source) = std::fs::read(&path) else {
        return;
    };
    let mut vm = vm();
    let result = vm.exec(&source, b"@gc.lua");
    let out = String::from_utf8_lossy(&vm.take_output()).into_owned();
    if let Err(e) = result {
        let msg = vm.string_bytes(e.value).unwrap_or_default().to_vec();
        panic!("gc.lua failed: {}", String::from_utf8_lossy(&msg));
    }
    assert!(out.ends_with("OK\n"), "{out}");
}

/// The corpus's Lua cases (the `redis` profile needs the bench's Redis model).
fn corpus_cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut cases = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "lua") {
                cases.push(path);
            }
        }
    }
    cases.sort();
    cases
}

/// How hard a corpus run drives the collector.
#[derive(Clone, Copy)]
enum Pressure {
    Normal,
    /// A pause of 0: a new cycle starts as soon as one ends, cycles follow each other.
    Continuous,
    /// A step at every safe point, each a small one (`setstepmul` 20): marking and sweeping
    /// interleave with the script as finely as possible, which tests the write barrier.
    EverySafePoint,
}

/// Outcome of a case, minus what depends on object addresses.
fn outcome(source: &[u8], pressure: Pressure) -> (Option<ErrorKind>, Vec<u8>, Vec<u8>) {
    let mut vm = vm();
    match pressure {
        Pressure::Normal => {}
        Pressure::Continuous => {
            run(&mut vm, "collectgarbage('setpause', 0)");
        }
        Pressure::EverySafePoint => {
            run(&mut vm, "collectgarbage('setstepmul', 20)");
            vm.set_gc_stress(true);
        }
    }
    vm.set_instruction_budget(Some(5_000_000));
    let result = vm.exec(source, b"=case");
    let output = vm.take_output();
    match result {
        Ok(_) => (None, output, Vec::new()),
        Err(e) => {
            let msg = vm.string_bytes(e.value).unwrap_or_default().to_vec();
            (Some(e.kind), output, msg)
        }
    }
}

#[test]
fn corpus_behaves_the_same_when_collecting_at_every_safe_point() {
    // Cases recurse through native calls as deep as 5.1 allows; give them the stack the
    // bench gives its engines.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(compare_corpus_with_and_without_stress)
        .expect("spawn")
        .join()
        .expect("no case may panic");
}

fn compare_corpus_with_and_without_stress() {
    let cases = corpus_cases();
    let mut compared = 0;
    for path in &cases {
        let source = std::fs::read(path).expect("readable case");
        // Cases for the Redis profile need the bench's Redis model; cases that read the
        // pause back would see the stress setting.
        let mentions = |word: &[u8]| source.windows(word.len()).any(|w| w == word);
        if mentions(b"@profile") || mentions(b"setpause") {
            continue;
        }
        let normal = outcome(&source, Pressure::Normal);
        for pressure in [Pressure::Continuous, Pressure::EverySafePoint] {
            let stressed = outcome(&source, pressure);
            // Addresses (`table: 0x...`) depend on slot reuse; everything else must agree.
            let has_address = |out: &[u8]| out.windows(2).any(|w| w == b"0x");
            if has_address(&normal.1) || has_address(&normal.2) {
                assert_eq!(normal.0, stressed.0, "{}", path.display());
            } else {
                assert_eq!(normal, stressed, "{}", path.display());
            }
        }
        compared += 1;
    }
    assert!(compared > 200, "only {compared} corpus cases found");
}
