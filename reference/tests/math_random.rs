//! `math.random` and `math.randomseed` of the reference: each Lua state has its own C `rand()`
//! generator, and what it draws is what PUC-Rio `lua5.1` (5.1.5 on x86-64 glibc) prints. The
//! expected texts were recorded by running the same script under `lua5.1`.

use ferrous_reference::{Ending, ExactValue, Profile, ReferenceLua, RunLimits};

/// Exercises the ranges, the argument checks and their order, C `int` conversions of odd
/// bounds and seeds, and a long run of draws; returns one line per observation.
const SCRIPT: &str = r##"
local out = {}
local function add(...)
  local parts = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    parts[i] = type(v) == "number" and string.format("%.17g", v) or tostring(v)
  end
  out[#out + 1] = table.concat(parts, " ")
end
add(math.random(), math.random(10), math.random(5, 9), math.random(-3, 3))
add(pcall(math.random, 0))
add(pcall(math.random, 3, 2))
add(pcall(math.random, 1, 2, 3))
add(pcall(math.random, "x"))
add(pcall(math.random, 1, {}))
add(pcall(math.random, 0/0))
add(pcall(function() return math.random(1, 2, 3) end))
add(pcall(function() local m = math return m.random(0) end))
add(math.random(-2^31, 2^31 - 1), math.random(2^31 - 1), math.random(1e300, 1e300))
add(pcall(math.random, 2^31))
add(math.random(3.9), math.random(-1.5, 0.5), math.random(2^32 + 1), math.random(2^32 + 3))
for _, seed in ipairs({0, 1, 42, -1, 2^31, -2^31, 2^40, 0/0, 12.7, -7}) do
  math.randomseed(seed)
  add(seed, math.random(), math.random(100), math.random(7, 1000000))
end
add(pcall(math.randomseed))
add(pcall(math.randomseed, "z"))
math.randomseed(3)
local n = 0
for i = 1, 1000 do n = n + math.random(1000) end
add(n, math.random())
return table.concat(out, "\n")
"##;

/// `lua5.1 -e 'print(dofile("random.lua"))'` with SCRIPT as random.lua.
const RECORDED: &str = "\
0.84018771715470952 4 8 2\n\
false bad argument #1 to '?' (interval is empty)\n\
false bad argument #2 to '?' (interval is empty)\n\
false wrong number of arguments\n\
false bad argument #1 to '?' (number expected, got string)\n\
false bad argument #2 to '?' (number expected, got table)\n\
false bad argument #1 to '?' (interval is empty)\n\
false random.lua:18: wrong number of arguments\n\
false random.lua:19: bad argument #1 to 'random' (interval is empty)\n\
-2147483648 1102520060 0\n\
false bad argument #1 to '?' (interval is empty)\n\
2 0 1 2\n\
0 0.84018771715470952 40 783101\n\
1 0.84018771715470952 40 783101\n\
42 0.033469948001890418 33 690638\n\
-1 0.11870899569183076 57 170497\n\
2147483648 0.62246863433274846 57 673835\n\
-2147483648 0.62246863433274846 57 673835\n\
1099511627776 0.84018771715470952 40 783101\n\
-nan 0.84018771715470952 40 783101\n\
12.699999999999999 0.78560028261765846 45 115125\n\
-7 0.47199257392063393 9 361004\n\
false bad argument #1 to '?' (number expected, got no value)\n\
false bad argument #1 to '?' (number expected, got string)\n\
495883 0.36485621443244454\n\
";

fn run(script: &str) -> String {
    let lua = ReferenceLua::new(Profile::Lua51).expect("lua51 profile");
    let limits = RunLimits {
        instructions: 20_000_000,
        memory_bytes: 64 << 20,
    };
    lua.run(
        script.as_bytes(),
        "@random.lua",
        &limits,
        |finished| match &finished.ending {
            Ending::Returned(values) => match values.as_slice() {
                [ExactValue::Other(mlua::Value::String(text))] => {
                    text.to_str().expect("text").to_string()
                }
                other => panic!("unexpected results {other:?}"),
            },
            other => panic!("unexpected ending {other:?}"),
        },
    )
}

#[test]
fn draws_ranges_and_errors_are_those_of_lua51() {
    assert_eq!(format!("{}\n", run(SCRIPT)), RECORDED);
}

#[test]
fn states_on_parallel_threads_draw_independent_identical_sequences() {
    let script = "local t = {} for i = 1, 20000 do t[i] = math.random(1000000) end \
                  math.randomseed(5) for i = 1, 20000 do t[#t + 1] = math.random(1000000) end \
                  return table.concat(t, ',')";
    let alone = run(script);
    let threads: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(move || run(script)))
        .collect();
    for thread in threads {
        assert_eq!(thread.join().expect("thread"), alone);
    }
}
