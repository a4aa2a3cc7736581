//! The Redis scripting API of the Ferrous VM, checked against Redis 7.0.15.
//!
//! `REDIS_7_0_15` holds scripts with the exact output `redis-cli --no-raw --eval` printed for
//! them against Debian's redis-server 7.0.15 (database flushed before each); the scripts only
//! use GET, SET and INCR, which the fake server below implements with Redis's error texts.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use ferrous_redis_model::{CallKind, Reply, Server};
use ferrous_vm::redis::cli::{format_reply, format_reply_raw, split_keys_and_args};
use ferrous_vm::redis::{sha1_hex, RedisVm, KILLED};
use ferrous_vm::ErrorKind;

/// One command a script sent: how it was called, its arguments and the protocol in force.
#[derive(Clone, Debug, PartialEq)]
struct Call {
    kind: CallKind,
    args: Vec<String>,
    resp: u8,
}

/// A HashMap-backed server with GET, SET and INCR (plus HGETALL on a fixed hash, to see
/// RESP3 replies), recording every call.
#[derive(Default)]
struct FakeServer {
    data: HashMap<Vec<u8>, Vec<u8>>,
    calls: Rc<RefCell<Vec<Call>>>,
}

fn error(text: &str) -> Reply {
    Reply::Error(text.as_bytes().to_vec())
}

impl Server for FakeServer {
    fn execute(&mut self, kind: CallKind, args: &[Vec<u8>], resp: u8) -> Reply {
        self.calls.borrow_mut().push(Call {
            kind,
            args: args
                .iter()
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect(),
            resp,
        });
        let name = String::from_utf8_lossy(&args[0]).to_ascii_lowercase();
        let (arity, variadic) = match name.as_str() {
            "get" | "incr" | "hgetall" => (2, false),
            "set" => (3, true),
            _ => return error("ERR Unknown Redis command called from script"),
        };
        if args.len() < arity || (args.len() > arity && !variadic) {
            return error("ERR Wrong number of args calling Redis command from script");
        }
        if args.len() > arity {
            // SET's options are not modelled.
            return error("ERR syntax error");
        }
        match name.as_str() {
            "get" => match self.data.get(&args[1]) {
                Some(v) => Reply::Bulk(v.clone()),
                None => Reply::Nil,
            },
            "set" => {
                self.data.insert(args[1].clone(), args[2].clone());
                Reply::Status(b"OK".to_vec())
            }
            "incr" => {
                let current = self.data.get(&args[1]).cloned().unwrap_or(b"0".to_vec());
                let parsed = std::str::from_utf8(&current)
                    .ok()
                    .and_then(|s| s.parse::<i64>().ok());
                let Some(n) = parsed.and_then(|n| n.checked_add(1)) else {
                    return error("ERR value is not an integer or out of range");
                };
                self.data
                    .insert(args[1].clone(), n.to_string().into_bytes());
                Reply::Integer(n)
            }
            _ => {
                let (field, value) = (Reply::Bulk(b"f".to_vec()), Reply::Bulk(b"v".to_vec()));
                if resp == 3 {
                    Reply::Map(vec![(field, value)])
                } else {
                    Reply::Array(vec![field, value])
                }
            }
        }
    }
}

fn new_vm() -> (RedisVm, Rc<RefCell<Vec<Call>>>) {
    let server = FakeServer::default();
    let calls = server.calls.clone();
    (RedisVm::new(Box::new(server)), calls)
}

/// What redis-cli would print for `script` run in a fresh VM.
fn run(script: &str) -> String {
    let (mut vm, _) = new_vm();
    printed(&vm.eval(script.as_bytes(), &[], &[]))
}

fn printed(reply: &Reply) -> String {
    String::from_utf8_lossy(&format_reply(reply)).into_owned()
}

fn bytes(items: &[&str]) -> Vec<Vec<u8>> {
    items.iter().map(|s| s.as_bytes().to_vec()).collect()
}

const REDIS_7_0_15: &[(&str, &str)] = &[
    ("return 1", "(integer) 1\n"),
    ("error(\"x\")", "(error) ERR user_script:1: x script: ada89932db851ca262f39d814ce59006e53278cc, on @user_script:1.\n"),
    ("x = 1", "(error) ERR user_script:1: Attempt to modify a readonly table script: 34bce5f775de97f557a34088509c8bfe1ea17e52, on @user_script:1.\n"),
    ("return y", "(error) ERR user_script:1: Script attempted to access nonexistent global variable 'y' script: e278681ed961e2fb52881313e5c90fdd93749940, on @user_script:1.\n"),
    ("rawset(_G, \"a\", 1)", "(error) ERR Attempt to modify a readonly table script: 931073895c97d1fa39e68629f96856a8fdb81477, on @user_script:1.\n"),
    ("string.x = 1", "(error) ERR user_script:1: Attempt to modify a readonly table script: c3eb0a2a15b3d4790b323c4104029c1ae425a769, on @user_script:1.\n"),
    ("error({err=\"x\"})", "(error) x script: 7b45251e15a6922b7d167af28e2e74b43774fc31, on @user_script:1.\n"),
    ("error(nil)", "(error) ERR nil script: c402aa49952c86c38f35fb311d54977d08f3bf01, on @user_script:1.\n"),
    ("error(12)", "(error) ERR user_script:1: 12 script: 531d78cb0a3022f46aa8fcca247caa61d303b321, on @user_script:1.\n"),
    ("return redis.call(\"incr\")", "(error) ERR Wrong number of args calling Redis command from script script: bf8c1dc6a8fe925cc784dfe8bd11dc5da86888c5, on @user_script:1.\n"),
    ("return redis.call(\"nosuch\")", "(error) ERR Unknown Redis command called from script script: 2218effcac8108416909801acfb39c080a85adfa, on @user_script:1.\n"),
    ("redis.call(\"set\",\"k\",\"a\"); return redis.call(\"incr\",\"k\")", "(error) ERR value is not an integer or out of range script: 0e8344e2b28cd97e0a5c757c733b2d7f740b9c25, on @user_script:1.\n"),
    ("return pcall(redis.call, \"nosuch\")", "(nil)\n"),
    ("return {pcall(redis.call, \"nosuch\")}", "1) (nil)\n2) \"ERR Unknown Redis command called from script\"\n"),
    ("return redis.pcall(\"nosuch\")", "(error) ERR Unknown Redis command called from script\n"),
    ("return 1 +", "(error) ERR Error compiling script (new function): user_script:1: unexpected symbol near '<eof>'\n"),
    ("\nreturn 1 +", "(error) ERR Error compiling script (new function): user_script:2: unexpected symbol near '<eof>'\n"),
    ("return {1,2,3,nil,4}", "1) (integer) 1\n2) (integer) 2\n3) (integer) 3\n"),
    ("return {1,2,{3,\"x\"},false,true}", "1) (integer) 1\n2) (integer) 2\n3) 1) (integer) 3\n   2) \"x\"\n4) (nil)\n5) (integer) 1\n"),
    ("return -3.5", "(integer) -3\n"),
    ("return -0.5", "(integer) 0\n"),
    ("return true", "(integer) 1\n"),
    ("return false", "(nil)\n"),
    ("return nil", "(nil)\n"),
    ("return {ok=\"fine\"}", "fine\n"),
    ("return {err=\"bad\"}", "(error) bad\n"),
    ("return redis.error_reply(\"bad\")", "(error) ERR bad\n"),
    ("return redis.error_reply(\"-bad thing\")", "(error) bad thing\n"),
    ("return redis.status_reply(\"OK\")", "OK\n"),
    ("return {1,2,3,4,5,6,7,8,9,10,11}", " 1) (integer) 1\n 2) (integer) 2\n 3) (integer) 3\n 4) (integer) 4\n 5) (integer) 5\n 6) (integer) 6\n 7) (integer) 7\n 8) (integer) 8\n 9) (integer) 9\n10) (integer) 10\n11) (integer) 11\n"),
    ("return redis.call()", "(error) ERR Please specify at least one argument for this redis lib call script: 0a907e1429221a4d85516cab7fd219a82a9439d8, on @user_script:1.\n"),
    ("return redis.pcall()", "(error) ERR Please specify at least one argument for this redis lib call\n"),
    ("return redis.call(\"set\", {}, 1)", "(error) ERR Lua redis lib command arguments must be strings or integers script: 6ba134ea73b3e52377a8919be6f9ce3ea8fab4d7, on @user_script:1.\n"),
    ("return redis.call(\"set\", \"a\", nil)", "(error) ERR Lua redis lib command arguments must be strings or integers script: 8ab6f2ab81469b67f1fb1cf415a8fb1d283d2f95, on @user_script:1.\n"),
    ("return redis.pcall(\"set\", true)", "(error) ERR Lua redis lib command arguments must be strings or integers\n"),
    ("redis.call(\"set\", \"a\", 0.1); return redis.call(\"get\",\"a\")", "\"0.10000000000000001\"\n"),
    ("redis.call(\"set\", \"a\", 1e20); return redis.call(\"get\",\"a\")", "\"1e+20\"\n"),
    ("redis.call(\"set\", \"a\", 3.0); return redis.call(\"get\",\"a\")", "\"3\"\n"),
    ("redis.call(\"set\", \"a\", -0.0); return redis.call(\"get\",\"a\")", "\"-0\"\n"),
    ("redis.call(\"set\", \"a\", 1/0); return redis.call(\"get\",\"a\")", "\"inf\"\n"),
    ("return redis.call(\"get\", \"nokey\")", "(nil)\n"),
    ("return type(redis.call(\"get\", \"nokey\"))", "\"boolean\"\n"),
    ("local r = redis.call(\"set\",\"x\",\"1\"); return type(r) .. r.ok", "\"tableOK\"\n"),
    ("local ok, e = pcall(redis.call, \"nosuch\"); return type(e) .. e", "\"stringERR Unknown Redis command called from script\"\n"),
    ("local ok, e = xpcall(function() redis.call(\"nosuch\") end, function(e) return e end); return {type(e), e.err, tostring(e.ignore_error_stats_update)}", "1) \"table\"\n2) \"ERR Unknown Redis command called from script\"\n3) \"true\"\n"),
    ("local e = redis.pcall(\"nosuch\"); local n=0; for k,v in pairs(e) do n=n+1 end; return {e.err, tostring(e.ignore_error_stats_update), n}", "1) \"ERR Unknown Redis command called from script\"\n2) \"true\"\n3) (integer) 2\n"),
    ("local ok, e = pcall(error, \"x\"); return e", "\"x\"\n"),
    ("local ok, e = pcall(error, {err=\"x\"}); return e", "\"x\"\n"),
    ("local ok, e = pcall(error, {err=5}); return e", "(integer) 5\n"),
    ("local ok, e = pcall(error, {erz=5}); return type(e)", "\"table\"\n"),
    ("return {pcall(function() return 1,2 end)}", "1) (integer) 1\n2) (integer) 1\n3) (integer) 2\n"),
    ("return {pcall()}", "1) (nil)\n2) \"attempt to call a boolean value\"\n"),
    ("return {pcall(1)}", "1) (nil)\n2) \"attempt to call a number value\"\n"),
    ("return {type(print), type(os), type(io), type(require), type(dofile), type(loadfile), type(debug), type(setfenv), type(getfenv), type(module)}", "(error) ERR user_script:1: Script attempted to access nonexistent global variable 'print' script: 31735b1e5d8f926d09e7afd7a81452501db668aa, on @user_script:1.\n"),
    ("return print", "(error) ERR user_script:1: Script attempted to access nonexistent global variable 'print' script: df4c752a7558004676bbee87e38b92e0b9056d68, on @user_script:1.\n"),
    ("return {type(loadstring), type(load), type(coroutine), type(gcinfo), type(collectgarbage), type(unpack), _VERSION}", "1) \"function\"\n2) \"function\"\n3) \"table\"\n4) \"function\"\n5) \"function\"\n6) \"function\"\n7) \"Lua 5.1\"\n"),
    ("local t = {} for k in pairs(redis) do t[#t+1]=k end table.sort(t) return t", " 1) \"LOG_DEBUG\"\n 2) \"LOG_NOTICE\"\n 3) \"LOG_VERBOSE\"\n 4) \"LOG_WARNING\"\n 5) \"REDIS_VERSION\"\n 6) \"REDIS_VERSION_NUM\"\n 7) \"REPL_ALL\"\n 8) \"REPL_AOF\"\n 9) \"REPL_NONE\"\n10) \"REPL_REPLICA\"\n11) \"REPL_SLAVE\"\n12) \"acl_check_cmd\"\n13) \"breakpoint\"\n14) \"call\"\n15) \"debug\"\n16) \"error_reply\"\n17) \"log\"\n18) \"pcall\"\n19) \"replicate_commands\"\n20) \"set_repl\"\n21) \"setresp\"\n22) \"sha1hex\"\n23) \"status_reply\"\n"),
    ("return {redis.REDIS_VERSION, redis.REDIS_VERSION_NUM, redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING, redis.REPL_ALL, redis.REPL_AOF, redis.REPL_REPLICA, redis.REPL_SLAVE, redis.REPL_NONE}", " 1) \"7.0.15\"\n 2) (integer) 458767\n 3) (integer) 0\n 4) (integer) 1\n 5) (integer) 2\n 6) (integer) 3\n 7) (integer) 3\n 8) (integer) 1\n 9) (integer) 2\n10) (integer) 2\n11) (integer) 0\n"),
    ("local mt = getmetatable(\"\"); mt.x = 1; return 1", "(error) ERR user_script:1: Attempt to modify a readonly table script: a31e00a71105a135fc7bf8f725cdd41280d41b79, on @user_script:1.\n"),
    ("return getmetatable(\"\").__index == string", "(integer) 1\n"),
    ("setmetatable(_G, nil)", "(error) ERR Attempt to modify a readonly table script: 22fdd3b51da2d4bc6703d71d651cd782d8e5a35f, on @user_script:1.\n"),
    ("setmetatable(string, {})", "(error) ERR Attempt to modify a readonly table script: f77b14463e19b108fd21de6f1ba202c4266299ca, on @user_script:1.\n"),
    ("table.insert(string, 1)", "(error) ERR Attempt to modify a readonly table script: 665a27be1dfc4d5eda6068dc8d831bb5fb63fa89, on @user_script:1.\n"),
    ("local t = setmetatable({}, {__index=string}); t.x = 1; return t.x", "(integer) 1\n"),
    ("KEYS = {}", "(error) ERR user_script:1: Attempt to modify a readonly table script: 6f9c2135c385ef4406555ad3ccccb97d6af382cb, on @user_script:1.\n"),
    ("local s = string; s.upper = nil", "(error) ERR user_script:1: Attempt to modify a readonly table script: d157e9b43f0fa998a60fcceb7ef0161a9a95249f, on @user_script:1.\n"),
    ("math.random = nil", "(error) ERR user_script:1: Attempt to modify a readonly table script: d9b92ca5dd59604e95d9aa086206364417903caf, on @user_script:1.\n"),
    ("redis.call = nil", "(error) ERR user_script:1: Attempt to modify a readonly table script: 2786c35ed73d3860851cf52e0b5dfbbc0bdb4803, on @user_script:1.\n"),
    ("cjson.encode = nil", "(error) ERR user_script:1: Attempt to modify a readonly table script: ca8772b89bfaafed79b4e978e804ff876bb3abc5, on @user_script:1.\n"),
    ("bit.band = nil", "(error) ERR user_script:1: Attempt to modify a readonly table script: f46a7ee79fce18f1afbcd50f2912644bcf6def30, on @user_script:1.\n"),
    ("local f = function() x = 1 end f()", "(error) ERR user_script:1: Attempt to modify a readonly table script: 99961d4bae6f629fb9290dbfddc6be62c0d0b9fb, on @user_script:1.\n"),
    ("local f = function() return x end\nreturn f()", "(error) ERR user_script:1: Script attempted to access nonexistent global variable 'x' script: 6dc597420f3bde9d32e6b4c6546b3976158cd2df, on @user_script:1.\n"),
    ("return rawget(_G, \"nope\")", "(nil)\n"),
    ("local f, e = loadstring(string.dump(function() return 1 end)); return e", "\"[string \\\"\\x1bLuaQ\\\"]:1: unexpected symbol near 'char(27)'\"\n"),
    ("local f, e = loadstring(\"return 1 +\"); return e", "\"[string \\\"return 1 +\\\"]:1: unexpected symbol near '<eof>'\"\n"),
    ("return loadstring(\"return 7\")()", "(integer) 7\n"),
    ("return loadstring(\"x = 7\")()", "(error) ERR [string \"x = 7\"]:1: Attempt to modify a readonly table script: fe0192ec47656d6f47440eed5941bbebab3ff61f, on x = 7:1.\n"),
    ("local n = 0; local f, e = load(function() n = n + 1; if n == 1 then return string.dump(function() return 1 end) end end); return {type(f), e}", "1) \"nil\"\n2) \"(load):1: unexpected symbol near 'char(27)'\"\n"),
    ("return {string.rep(\"ab\", 3, \",\"), tostring(nil)}", "1) \"ababab\"\n2) \"nil\"\n"),
    ("return redis.sha1hex(\"\")", "\"da39a3ee5e6b4b0d3255bfef95601890afd80709\"\n"),
    ("return redis.sha1hex()", "(error) ERR wrong number of arguments script: 3c7ce947ae74a835cc575b6ee87fb27503cb7ba4, on @user_script:1.\n"),
    ("return redis.sha1hex(12)", "\"7b52009b64fd0a2a49e6d8a939753077792b0554\"\n"),
    ("return redis.sha1hex({})", "\"da39a3ee5e6b4b0d3255bfef95601890afd80709\"\n"),
    ("return redis.log(redis.LOG_WARNING, \"hello\", \"world\")", "(nil)\n"),
    ("return redis.log(redis.LOG_WARNING)", "(error) ERR redis.log() requires two arguments or more. script: 224c2b6c4d4a245fb6c4394854d25a2ca448909c, on @user_script:1.\n"),
    ("return redis.log(\"x\", \"y\")", "(error) ERR First argument must be a number (log level). script: 29fcf9151605ed057b9c1a5ba8b2a91241a9563e, on @user_script:1.\n"),
    ("return redis.log(9, \"y\")", "(error) ERR Invalid debug level. script: c3219e7c4bee2ed7b84760d58a564e631fd4116c, on @user_script:1.\n"),
    ("return redis.setresp(4)", "(error) ERR RESP version must be 2 or 3. script: 921c0a48021d97dfd5884aeea41875972c7804d9, on @user_script:1.\n"),
    ("return redis.setresp()", "(error) ERR redis.setresp() requires one argument. script: 76da64e28014e7c9ad76db33c3918c53d81a3d7e, on @user_script:1.\n"),
    ("return redis.setresp(\"3\")", "(nil)\n"),
    ("return redis.status_reply()", "(error) ERR wrong number or type of arguments\n"),
    ("return redis.status_reply(1)", "(error) ERR wrong number or type of arguments\n"),
    ("return redis.error_reply(1)", "(error) ERR wrong number or type of arguments\n"),
    ("local t = redis.error_reply(1); return t.err", "\"ERR wrong number or type of arguments\"\n"),
    ("return {err=\"a\\r\\nb\"}", "(error) a  b\n"),
    ("return redis.error_reply(\"a\\r\\nb\")", "(error) ERR a  b\n"),
    ("return {ok=\"a\\r\\nb\"}", "a  b\n"),
    ("return {err=\"x y\"}", "(error) x y\n"),
    ("return redis.breakpoint()", "(nil)\n"),
    ("return redis.debug(\"x\")", "(nil)\n"),
    ("return redis.replicate_commands()", "(integer) 1\n"),
    ("return redis.set_repl(redis.REPL_ALL)", "(nil)\n"),
    ("return redis.set_repl(9)", "(error) ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE. script: f43d522179aeb2c4dadb59b026d11ed249ca02e0, on @user_script:1.\n"),
    ("return redis.set_repl()", "(error) ERR redis.set_repl() requires two arguments. script: 9504533b41060c143a92eb2f8878e77d33b6dc33, on @user_script:1.\n"),
    ("error(\"a\\nb\")", "(error) ERR user_script:1: a b script: c25efb1b406ca92aafb584691c5e64cb33f0c894, on @user_script:1.\n"),
    ("return {ok=5}", "(empty array)\n"),
    ("return {err=5}", "(empty array)\n"),
    ("return {1, {err=\"inner\"}, {ok=\"fine\"}}", "1) (integer) 1\n2) (error) inner\n3) fine\n"),
    ("return {[1]=1, [3]=3, foo=\"bar\"}", "1) (integer) 1\n"),
    ("return {foo=\"bar\"}", "(empty array)\n"),
    ("return 2^53 + 1.5", "(integer) 9007199254740994\n"),
    ("return \"a\\0b\"", "\"a\\x00b\"\n"),
    ("return function() end", "(nil)\n"),
    ("return {\"a\\tb\\\"\\\\\", \"\\1\\255\", {}, {{}}}", "1) \"a\\tb\\\"\\\\\"\n2) \"\\x01\\xff\"\n3) (empty array)\n4) 1) (empty array)\n"),
    ("redis.setresp(3); return false", "(integer) 0\n"),
    ("redis.setresp(3); return true", "(integer) 1\n"),
    ("return {double=1.5}", "\"1.5\"\n"),
    ("return {double=1/0}", "\"inf\"\n"),
    ("return {double=0.1}", "\"0.10000000000000001\"\n"),
    ("return {map={a=1}}", "1) \"a\"\n2) (integer) 1\n"),
    ("return {set={a=true}}", "1) \"a\"\n"),
    ("return {big_number=\"123\"}", "\"123\"\n"),
    ("return {verbatim_string={format=\"txt\", string=\"hello\"}}", "\"hello\"\n"),
    ("math.randomseed(42); return {math.random(100), math.random(100), math.random(1,10), math.random(-5, 5), tostring(math.random())}", "1) (integer) 75\n2) (integer) 35\n3) (integer) 2\n4) (integer) -1\n5) \"0.081111170854937\"\n"),
    ("math.randomseed(0); return {math.random(1000000), tostring(math.random())}", "1) (integer) 170829\n2) \"0.74990198051087\"\n"),
    ("math.randomseed(-7); return {math.random(1000000), tostring(math.random())}", "1) (integer) 75212\n2) \"0.81776873106964\"\n"),
    ("return {math.random(0)}", "(error) ERR user_script:1: bad argument #1 to 'random' (interval is empty) script: f6f2349a83dd74478b71ebef89eabb5695de2147, on @user_script:1.\n"),
    ("return {math.random(3,1)}", "(error) ERR user_script:1: bad argument #2 to 'random' (interval is empty) script: 8befb516e26c224387c239988bb392951026e4db, on @user_script:1.\n"),
    ("return {math.random(1,2,3)}", "(error) ERR user_script:1: wrong number of arguments script: c447a0059b7879a6fc9c5a00c5f470e4c40c4439, on @user_script:1.\n"),
    ("return cjson.encode({1,2,3,{a=1}, 0.1, 1/3, 1e100, -0.0, \"a/b\\\"\\1\", true, false})", "\"[1,2,3,{\\\"a\\\":1},0.1,0.33333333333333,1e+100,-0,\\\"a\\\\/b\\\\\\\"\\\\u0001\\\",true,false]\"\n"),
    ("return cjson.encode({[1]=1,[3]=3})", "\"[1,null,3]\"\n"),
    ("return cjson.encode({[1]=1,[30]=3})", "(error) ERR user_script:1: Cannot serialise table: excessively sparse array script: 192b3af9fff8485280fdaa0d9aacd2968bccc465, on @user_script:1.\n"),
    ("return cjson.encode(1/0)", "(error) ERR user_script:1: Cannot serialise number: must not be NaN or Inf script: 08ffdaa5e7f117332da21c3b5222c2ede9492c60, on @user_script:1.\n"),
    ("return cjson.encode(0/0)", "(error) ERR user_script:1: Cannot serialise number: must not be NaN or Inf script: d3f8d4e745d6587b04e9dd216e0d4631f0a306d9, on @user_script:1.\n"),
    ("return cjson.encode({})", "\"{}\"\n"),
    ("return cjson.decode(\"[1,2,null,{\\\"a\\\":[true,false]}]\")[4].a[1]", "(integer) 1\n"),
    ("return cjson.decode(\"[1,2\")", "(error) ERR user_script:1: Expected comma or array end but found T_END at character 5 script: 87059dae6e7b641e310f2f81469d2b0912939bbf, on @user_script:1.\n"),
    ("return cjson.decode(\"\\\"\\\\u00e9\\\\ud83d\\\\ude00\\\"\")", "\"\\xc3\\xa9\\xf0\\x9f\\x98\\x80\"\n"),
    ("return type(cjson.decode(\"null\"))", "\"userdata\"\n"),
    ("return cjson.encode(cjson.decode(\"[null]\"))", "\"[null]\"\n"),
    ("return cjson.encode(function() end)", "(error) ERR user_script:1: Cannot serialise function: type not supported script: c6600573aa08cdf0af5da6e0ef682db69a3acc00, on @user_script:1.\n"),
    ("return cjson.encode({[true]=1})", "(error) ERR user_script:1: Cannot serialise boolean: table key must be a number or string script: 376a640005c8509c694166527ca834359bf69aa8, on @user_script:1.\n"),
    ("return cjson.decode(\"{\\\"a\\\":1,}\")", "(error) ERR user_script:1: Expected object key string but found T_OBJ_END at character 8 script: 599f8659c4020fcc8b17c09a5c5a03d788d35018, on @user_script:1.\n"),
    ("return cjson.decode(\"[1] x\")", "(error) ERR user_script:1: Expected the end but found invalid token at character 5 script: a5460edf00ab13493196387e4c13d10ddae1f2da, on @user_script:1.\n"),
    ("return cjson.decode(\"01\")", "(integer) 1\n"),
    ("return cjson.decode(\"\\\"abc\")", "(error) ERR user_script:1: Expected value but found unexpected end of string at character 5 script: 1244295b7ede06dce01784fc1a92bd69ffbbe144, on @user_script:1.\n"),
    ("return cjson.decode(\"\\\"\\\\q\\\"\")", "(error) ERR user_script:1: Expected value but found invalid escape code at character 2 script: f3f502727b77d48a7048ab51c229333cd5c71c68, on @user_script:1.\n"),
    ("return cjson.decode(\"{1:2}\")", "(error) ERR user_script:1: Expected object key string but found T_NUMBER at character 2 script: 9df7069e701944b2075ab703016a7e356e9c938c, on @user_script:1.\n"),
    ("return cjson.decode(\"\")", "(error) ERR user_script:1: Expected value but found T_END at character 1 script: 95baafb3acd4c1cf90e67198b0eb8e2a80181ef8, on @user_script:1.\n"),
    ("return cjson.decode(\"-0x10\")", "(integer) -16\n"),
    ("return cjson.decode(\"  1e2 \")", "(integer) 100\n"),
    ("return cjson.decode(\"[[[[1]]]]\")[1][1][1][1]", "(integer) 1\n"),
    ("return {cjson.encode_max_depth(), cjson.decode_max_depth(), cjson.encode_number_precision()}", "1) (integer) 1000\n2) (integer) 1000\n3) (integer) 14\n"),
    ("return {cjson.encode_sparse_array()}", "1) (nil)\n2) (integer) 2\n3) (integer) 10\n"),
    ("return cjson.encode_number_precision(20)", "(error) ERR user_script:1: bad argument #1 to 'encode_number_precision' (expected integer between 1 and 14) script: ea15ad7558efbc5f98ee9d0fa4e7d058acf4061d, on @user_script:1.\n"),
    ("return cjson.encode_invalid_numbers(\"x\")", "(error) ERR user_script:1: bad argument #1 to 'encode_invalid_numbers' (invalid option 'x') script: b17352bb48f87b8608a5bf32a8137db8e2463cea, on @user_script:1.\n"),
    ("return cjson.encode()", "(error) ERR user_script:1: bad argument #1 to 'encode' (expected 1 argument) script: fc593ea31f478c7ed65c77495cc63edeb9153530, on @user_script:1.\n"),
    ("local c = cjson.new(); c.encode_number_precision(3); return {c.encode(1/3), cjson.encode(1/3)}", "1) \"0.333\"\n2) \"0.33333333333333\"\n"),
    ("local c = cjson.new(); c.encode_invalid_numbers(\"null\"); return c.encode({1/0})", "\"[null]\"\n"),
    ("local c = cjson.new(); c.encode_max_depth(2); return c.encode({{{1}}})", "(error) ERR user_script:1: Cannot serialise, excessive nesting (3) script: 7f6e8b7e3512e0c85f407c490aebdd1aff465dec, on @user_script:1.\n"),
    ("return cjson.encode({[\"1\"]=1, [2.5]=2})", "\"{\\\"1\\\":1,\\\"2.5\\\":2}\"\n"),
    ("return cjson.encode(\"\\127\\128\")", "\"\\\"\\\\u007f\\x80\\\"\"\n"),
    ("return cmsgpack.pack(1, -1, 127, 128, 255, 256, 65535, 65536, -32, -33, -128, -129, -32768, -32769, 2^32, -2^31-1, 1.5, 0.1, \"abc\", true, false, {1,2}, {a=1})", "\"\\x01\\xff\\x7f\\xcc\\x80\\xcc\\xff\\xcd\\x01\\x00\\xcd\\xff\\xff\\xce\\x00\\x01\\x00\\x00\\xe0\\xd0\\xdf\\xd0\\x80\\xd1\\xff\\x7f\\xd1\\x80\\x00\\xd2\\xff\\xff\\x7f\\xff\\xcf\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\xd3\\xff\\xff\\xff\\xff\\x7f\\xff\\xff\\xff\\xca?\\xc0\\x00\\x00\\xcb?\\xb9\\x99\\x99\\x99\\x99\\x99\\x9a\\xa3abc\\xc3\\xc2\\x92\\x01\\x02\\x81\\xa1a\\x01\"\n"),
    ("return cmsgpack.pack(string.rep(\"x\", 40), string.rep(\"y\", 300))", "\"\\xd9(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\xda\\x01,yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"\n"),
    ("return {cmsgpack.unpack(cmsgpack.pack(1, \"a\", {1,2,{x=3}}, 2.5, true))}", "1) (integer) 1\n2) \"a\"\n3) 1) (integer) 1\n   2) (integer) 2\n   3) (empty array)\n4) (integer) 2\n5) (integer) 1\n"),
    ("local t = cmsgpack.unpack(cmsgpack.pack({1,2,{x=3}})) return t[3].x", "(integer) 3\n"),
    ("return cmsgpack.pack()", "(error) ERR user_script:1: bad argument #0 to 'pack' (MessagePack pack needs input.) script: 6bc235afa55de88253e203cc5fe5844792e25209, on @user_script:1.\n"),
    ("return {cmsgpack.unpack_one(cmsgpack.pack(1,2,3), 0)}", "1) (integer) 1\n2) (integer) 1\n"),
    ("return {cmsgpack.unpack_limit(cmsgpack.pack(1,2,3), 2)}", "1) (integer) 2\n2) (integer) 1\n3) (integer) 2\n"),
    ("return {cmsgpack.unpack_limit(cmsgpack.pack(1,2,3), 5, 2)}", "1) (integer) -1\n2) (integer) 3\n"),
    ("return cmsgpack.unpack(\"\\193\")", "(error) ERR user_script:1: Bad data format in input. script: a99d585a2d17143fda650a31dda2654607544580, on @user_script:1.\n"),
    ("return cmsgpack.unpack(\"\\205\\1\")", "(error) ERR user_script:1: Missing bytes in input. script: 14ec84a2e4fdda7c536c055cf3f42d1618c74086, on @user_script:1.\n"),
    ("return {cmsgpack.unpack_one(\"abc\", -1)}", "(error) ERR user_script:1: Invalid request to unpack with offset of -1 and limit of 3. script: 5d5f7f78191cb21307e3fe55aef7687e89eb2a79, on @user_script:1.\n"),
    ("return {cmsgpack.unpack_one(\"abc\", 9)}", "(error) ERR user_script:1: Start offset 9 greater than input length 3. script: a173f490a7fbf08f650a50c3610dc70a38c42eb3, on @user_script:1.\n"),
    ("local t = {} t[1] = t return cmsgpack.pack(t)", "\"\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\x91\\xc0\"\n"),
    ("return cmsgpack.unpack(\"\\207\\255\\255\\255\\255\\255\\255\\255\\255\")", "(integer) -1\n"),
    ("return {cmsgpack._NAME, cmsgpack._VERSION}", "1) \"cmsgpack\"\n2) \"lua-cmsgpack 0.4.0\"\n"),
    ("return struct.pack(\">i2<h!4bI\", 1, -2, 3, 4)", "\"\\x00\\x01\\xfe\\xff\\x03\\x00\\x00\\x00\\x04\\x00\\x00\\x00\"\n"),
    ("return {struct.unpack(\">i2<h!4bI\", struct.pack(\">i2<h!4bI\", 1, -2, 3, 4))}", "1) (integer) 1\n2) (integer) -2\n3) (integer) 3\n4) (integer) 4\n5) (integer) 13\n"),
    ("return {struct.unpack(\"c0\", \"3abc\")}", "(error) ERR user_script:1: format 'c0' needs a previous size script: 9bccb537bcf6e8ac54036bed220dd3f3a8e36c6e, on @user_script:1.\n"),
    ("return {struct.unpack(\"bc0\", struct.pack(\"bc0\", 3, \"xyz\"))}", "1) \"xyz\"\n2) (integer) 5\n"),
    ("return {struct.unpack(\"s\", \"hi\\0there\")}", "1) \"hi\"\n2) (integer) 4\n"),
    ("return {struct.size(\"i4d\"), struct.size(\"!i4d\"), struct.size(\">b h\")}", "1) (integer) 12\n2) (integer) 16\n3) (integer) 3\n"),
    ("return struct.size(\"s\")", "(error) ERR user_script:1: bad argument #1 to 'size' (option 's' has no fixed size) script: 0bd68a9d1207d846fb74767b7aeafd360dbf42ba, on @user_script:1.\n"),
    ("return struct.pack(\"z\", 1)", "(error) ERR user_script:1: bad argument #1 to 'pack' (invalid format option 'z') script: aceff67c1da444e714fda0035faeb0e9ededcfc3, on @user_script:1.\n"),
    ("return struct.pack(\"i40\", 1)", "(error) ERR user_script:1: integral size 40 is larger than limit of 32 script: 94533b4cefe8f48dc23483b739902b86b853e525, on @user_script:1.\n"),
    ("return struct.unpack(\"i4\", \"ab\")", "(error) ERR user_script:1: bad argument #2 to 'unpack' (data string too short) script: aac993b2cba02e76558b9ac04a05fbe52f045e53, on @user_script:1.\n"),
    ("return struct.unpack(\"i4\", \"abcd\", 0)", "(error) ERR user_script:1: bad argument #3 to 'unpack' (offset must be 1 or greater) script: 96927f320b7283512c7da9f7752e38dcb0bc34dc, on @user_script:1.\n"),
    ("return {struct.unpack(\"f\", struct.pack(\"f\", 0.1))}", "1) (integer) 0\n2) (integer) 5\n"),
    ("return {struct.unpack(\">d\", struct.pack(\">d\", 0.1))}", "1) (integer) 0\n2) (integer) 9\n"),
    ("return struct.pack(\"c5\", \"ab\")", "(error) ERR user_script:1: bad argument #3 to 'pack' (string too short) script: 87c265261376a1adfea1ad6a13ff5016076b5b2a, on @user_script:1.\n"),
    ("return {bit.tobit(2^32 + 5), bit.bnot(0), bit.band(0xff, 0x0f, 0x3), bit.bor(1, 2, 4), bit.bxor(5, 3), bit.lshift(1, 31), bit.rshift(-1, 28), bit.arshift(-256, 4), bit.rol(0x12345678, 8), bit.ror(0x12345678, 8), bit.bswap(0x12345678)}", " 1) (integer) 5\n 2) (integer) -1\n 3) (integer) 3\n 4) (integer) 7\n 5) (integer) 6\n 6) (integer) -2147483648\n 7) (integer) 15\n 8) (integer) -16\n 9) (integer) 878082066\n10) (integer) 2014458966\n11) (integer) 2018915346\n"),
    ("return {bit.tohex(255), bit.tohex(-1, -4), bit.tohex(0x1234, 2), bit.tobit(1.5), bit.tobit(2.5), bit.tobit(-1.5)}", "1) \"000000ff\"\n2) \"FFFF\"\n3) \"34\"\n4) (integer) 2\n5) (integer) 2\n6) (integer) -2\n"),
    ("return bit.band()", "(error) ERR user_script:1: bad argument #1 to 'band' (number expected, got no value) script: 5cf53f885283a4f44a8fe7ad7e7fccaed4113e62, on @user_script:1.\n"),
    ("return bit.band(\"x\")", "(error) ERR user_script:1: bad argument #1 to 'band' (number expected, got string) script: ead7262ed91b4659715ea2e3311e15f614ee3667, on @user_script:1.\n"),
    ("return bit.tobit(\"12\")", "(integer) 12\n"),
    ("local co = coroutine.wrap(function() error(\"inco\") end) co()", "(error) ERR user_script:1: user_script:1: inco script: 4383caa9451ceca1b93a85cb71fa5405a33a5858, on @user_script:1.\n"),
    ("local t = {} t[1] = t; return #cjson.encode({1}) .. type(t)", "\"3table\"\n"),
    ("return string.format(\"%d\", 3)", "\"3\"\n"),
    ("#!lua flags=no-writes\nreturn 1", "(integer) 1\n"),
    ("#!lua flags=bogus\nreturn 1", "(error) ERR Unexpected flag in script shebang: bogus\n"),
    ("#!python\nreturn 1", "(error) ERR Unexpected engine in script shebang: #!python\n"),
    ("#!lua\nerror(\"line2\")", "(error) ERR user_script:2: line2 script: 63230c792f15e2f5c1ec20e3a75c71ddfb17de14, on @user_script:2.\n"),
    ("return table.concat({1,2,3}, \",\")", "\"1,2,3\"\n"),
    ("return gcinfo() > 0\n", "(integer) 1\n"),
    ("local function f()\n  error(\"deep\")\nend\nf()", "(error) ERR user_script:2: deep script: a564bfd0d9c68cea2d1f35fcfabc503872f4a925, on @user_script:2.\n"),
    ("local function f()\n  local x = nil\n  return x.y\nend\nreturn f()", "(error) ERR user_script:3: attempt to index local 'x' (a nil value) script: 1cf55b79d56cdf7a61323762b2875da790e3cdff, on @user_script:3.\n"),
    ("error(\"lvl2\", 2)", "(error) ERR lvl2 script: f14c832742ac8053d176c03729d50a5a8b52d4fb, on @user_script:1.\n"),
    ("local function g() error(\"from g\", 2) end\nlocal function f()\n  g()\nend\nf()", "(error) ERR user_script:3: from g script: b87f28d60bd205bfe42c5c7088100ef15397175c, on @user_script:1.\n"),
    ("return xpcall(function() error(\"e\") end, function(m) return \"handled: \" .. m end)", "(nil)\n"),
    ("return {xpcall(function() error({err=\"t\"}) end, function(m) return type(m) end)}", "1) (nil)\n2) \"table\"\n"),
    ("return {xpcall(function() return redis.call(\"nosuch\") end, function(m) return m.err end)}", "1) (nil)\n2) \"ERR Unknown Redis command called from script\"\n"),
    ("local ok, e = pcall(function() local t = nil; t.x = 1 end) return e", "\"user_script:1: attempt to index local 't' (a nil value)\"\n"),
    ("local t = {3,1,2} table.sort(t) return t", "1) (integer) 1\n2) (integer) 2\n3) (integer) 3\n"),
    ("table.sort(math)", "(nil)\n"),
    ("return #__redis__err__handler(\"x\").err", "(integer) 5\n"),
    ("local e = __redis__err__handler(\"x\") return {e.err, e.source, e.line}", "1) \"ERR x\"\n2) \"@user_script\"\n3) (integer) 1\n"),
    ("local e = __redis__err__handler({err=\"t\"}) return {e.err, e.source, e.line}", "1) \"t\"\n2) \"@user_script\"\n3) (integer) 1\n"),
    ("return rawset({}, \"a\", 1).a", "(integer) 1\n"),
    ("return getmetatable(_G).__index ~= nil", "(integer) 1\n"),
    ("getmetatable(_G).__index = nil", "(error) ERR user_script:1: Attempt to modify a readonly table script: 1ec4f48ee3d02bfee5da8ba9aeab8a503d3032f1, on @user_script:1.\n"),
    ("return setmetatable({}, {__index = function(t, k) return k .. \"!\" end}).hi", "\"hi!\"\n"),
    ("return coroutine.resume(coroutine.create(function() x = 5 end))", "(nil)\n"),
    ("return {coroutine.resume(coroutine.create(function() x = 5 end))}", "1) (nil)\n2) \"user_script:1: Attempt to modify a readonly table\"\n"),
    ("local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)\nlocal _, r1 = coroutine.resume(co, 1)\nlocal _, r2 = coroutine.resume(co, 10)\nreturn {r1, r2}", "1) (integer) 2\n2) (integer) 20\n"),
    ("return coroutine.yield(1)", "(error) ERR attempt to yield across metamethod/C-call boundary script: c0c3d8a4cbcee35be6b566d6fb3a7a74f0fdcc6f, on @user_script:1.\n"),
    ("return redis.call(\"get\", KEYS)", "(error) ERR Lua redis lib command arguments must be strings or integers script: bc98e7cf92ac90994486438a639e963257a95184, on @user_script:1.\n"),
    ("return redis.call(\"set\", \"k\", \"v\", \"extra\")", "(error) ERR syntax error script: 2fb8bb2e9bfbe7cd96c509cece54cdeecf312edb, on @user_script:1.\n"),
    ("local r = redis.pcall(\"incr\", \"k\"); redis.call(\"set\", \"k\", \"x\"); local e = redis.pcall(\"incr\", \"k\"); return {r, e.err}", "1) (integer) 1\n2) \"ERR value is not an integer or out of range\"\n"),
    ("return redis.pcall(\"incr\")", "(error) ERR Wrong number of args calling Redis command from script\n"),
    ("return {redis.pcall(\"incr\")}", "1) (error) ERR Wrong number of args calling Redis command from script\n"),
    ("local t = redis.pcall(\"nosuch\") t.err = \"changed\" return t", "(error) changed\n"),
    ("return redis.error_reply(\"ERR\")", "(error) ERR ERR\n"),
    ("return redis.error_reply(\"-\")", "(error) ERR \n"),
    ("return redis.error_reply(\"\")", "(error) ERR \n"),
    ("return redis.error_reply(\"MYCODE some text\")", "(error) MYCODE some text\n"),
    ("return {err=\"\\nx\\n\"}", "(error)  x\n"),
    ("return redis.error_reply(\"x\\n\")", "(error) ERR x\n"),
    ("error({err=\"mine\"})", "(error) mine script: a6b77dba387de44bafac5350386963837d8e0fff, on @user_script:1.\n"),
    ("error({err=\"mine\", source=\"s\", line=7})", "(error) mine script: 1be011a0b0c3c8239f8d20371388375f1e4941d8, on @user_script:1.\n"),
    ("error(setmetatable({}, {__index = function() return \"from index\" end}))", "(error) from index script: d0cd06b610e43f94d8c7bb0971664c5332343319, on @user_script:1.\n"),
    ("error(true)", "(error) ERR true script: 4fafe2149f68a1618a3eef40aeef55f5af6951da, on @user_script:1.\n"),
    ("error(12.5)", "(error) ERR user_script:1: 12.5 script: c311a65910af2fb9446194c4de91c34e5001c40d, on @user_script:1.\n"),
    ("local x = \"a\" .. {}", "(error) ERR user_script:1: attempt to concatenate a table value script: d6a8282ac72acd3bc308ea45f1cb1c4b399727df, on @user_script:1.\n"),
    ("return #KEYS", "(integer) 0\n"),
    ("return string.rep(\"x\", 3) .. string.upper(\"a\") .. string.format(\"%5.2f\", 3.14159)", "\"xxxA 3.14\"\n"),
    ("return {math.floor(3.7), math.max(1, 5, 3), math.huge > 0, math.pi > 3}", "1) (integer) 3\n2) (integer) 5\n3) (integer) 1\n4) (integer) 1\n"),
    ("return tostring(0/0) == tostring(0/0)", "(integer) 1\n"),
    ("return {tonumber(\"0x10\"), tonumber(\"  12  \"), tonumber(\"1e1\"), tonumber(\"z\", 36)}", "1) (integer) 16\n2) (integer) 12\n3) (integer) 10\n4) (integer) 35\n"),
    ("return select(\"#\", 1, nil, 3)", "(integer) 3\n"),
    ("return {unpack({1, 2, 3})}", "1) (integer) 1\n2) (integer) 2\n3) (integer) 3\n"),
    ("return next({})", "(nil)\n"),
    ("return type(next)", "\"function\"\n"),
    ("return string.gsub(\"hello world\", \"o\", \"0\")", "\"hell0 w0rld\"\n"),
    ("return {string.find(\"hello\", \"l+\")}", "1) (integer) 3\n2) (integer) 4\n"),
    ("local t = {} for i = 1, 100 do t[i] = i end return #t", "(integer) 100\n"),
    ("return cjson.decode('{\"a\":{\"b\":{\"c\":[1,2,{\"d\":\"e\"}]}}}').a.b.c[3].d", "\"e\"\n"),
    ("return cjson.encode({a={1,2,3}})", "\"{\\\"a\\\":[1,2,3]}\"\n"),
    ("return cjson.encode({1, nil, 3})", "\"[1,null,3]\"\n"),
    ("return cjson.encode({[1]=1, [2]=2, [4]=4})", "\"[1,2,null,4]\"\n"),
    ("return cjson.encode({[0]=1})", "\"{\\\"0\\\":1}\"\n"),
    ("return cjson.encode({[-1]=1})", "\"{\\\"-1\\\":1}\"\n"),
    ("return cjson.encode(12345678901234)", "\"12345678901234\"\n"),
    ("return cjson.encode(123456789012345)", "\"1.2345678901234e+14\"\n"),
    ("return cjson.encode(-1e-300)", "\"-1e-300\"\n"),
    ("return cjson.encode(\"\\0\")", "\"\\\"\\\\u0000\\\"\"\n"),
    ("return cjson.decode(\"[1e400]\")[1] > 0", "(integer) 1\n"),
    ("return cjson.decode('\"\\\\u0000\"')", "\"\\x00\"\n"),
    ("return cjson.decode('\"\\\\udc00\"')", "(error) ERR user_script:1: Expected value but found invalid unicode escape code at character 2 script: a551f20265e3eab757862642d41b385fa7b03fa1, on @user_script:1.\n"),
    ("return cjson.decode('\"\\\\ud800x\"')", "(error) ERR user_script:1: Expected value but found invalid unicode escape code at character 2 script: da0b51213451f00f23d4b1f6a165d2325736514b, on @user_script:1.\n"),
    ("return cjson.decode(\"[true, false, null]\")[2]", "(nil)\n"),
    ("return cjson.decode(\"tru\")", "(error) ERR user_script:1: Expected value but found invalid token at character 1 script: 29923900a23e1ad08d9d6cdf85f0b932f69271d9, on @user_script:1.\n"),
    ("return cjson.decode(\"nul\")", "(error) ERR user_script:1: Expected value but found invalid token at character 1 script: 32732c8f0c8e71b193fd31cf10ad735e8edca083, on @user_script:1.\n"),
    ("return cjson.decode(\"+1\")", "(integer) 1\n"),
    ("return cjson.decode(\"Infinity\") > 0", "(integer) 1\n"),
    ("return cjson.decode(\"[1,2]\\0garbage\")[2]", "(integer) 2\n"),
    ("return cjson.decode(string.rep(\"[\", 1001) .. string.rep(\"]\", 1001))", "(error) ERR user_script:1: Found too many nested data structures (1001) at character 1001 script: 12ede922cb3194378866f228b2ff726f8c83c021, on @user_script:1.\n"),
    ("local s = string.rep(\"[\", 1000) .. string.rep(\"]\", 1000) return #cjson.encode(cjson.decode(s))", "(integer) 2000\n"),
    ("local t = {} local c = t for i = 1, 1001 do c[1] = {} c = c[1] end return cjson.encode(t)", "(error) ERR user_script:1: Cannot serialise, excessive nesting (1001) script: b6fa516a226c7a3188fd4e862dd42a6d70ec1729, on @user_script:1.\n"),
    ("return {cjson.encode_sparse_array(true, 3, 5)}", "1) (integer) 1\n2) (integer) 3\n3) (integer) 5\n"),
    ("local c = cjson.new() c.encode_sparse_array(true) return c.encode({[1]=1,[30]=3})", "\"{\\\"1\\\":1,\\\"30\\\":3}\"\n"),
    ("local c = cjson.new() return c.encode_sparse_array(\"maybe\")", "(error) ERR user_script:1: bad argument #1 to 'encode_sparse_array' (invalid option 'maybe') script: 20f78279953c0c6906fc8352a853084966963166, on @user_script:1.\n"),
    ("return cjson.encode_keep_buffer(false)", "(nil)\n"),
    ("return cjson.decode_invalid_numbers(false)", "(nil)\n"),
    ("local c = cjson.new() c.decode_invalid_numbers(false) return c.decode(\"nan\")", "(error) ERR user_script:1: Expected value but found invalid token at character 1 script: e48c6685d9a8f01ae801e4a70c4a45428a33f0a1, on @user_script:1.\n"),
    ("return {cjson.encode_invalid_numbers(), cjson.encode_invalid_numbers(\"null\"), cjson.encode_invalid_numbers(true)}", "1) (nil)\n2) \"null\"\n3) (integer) 1\n"),
    ("return cjson.encode_max_depth(1, 2)", "(error) ERR user_script:1: bad argument #2 to 'encode_max_depth' (found too many arguments) script: ebf9f090ab5ddd4b21a6e44e9f074da030afcaf9, on @user_script:1.\n"),
    ("return cjson.encode_max_depth(0)", "(error) ERR user_script:1: bad argument #1 to 'encode_max_depth' (expected integer between 1 and 2147483647) script: f40da52b0819d675b8802812b1c4504462426d31, on @user_script:1.\n"),
    ("return cjson.encode({a=cjson.null})", "\"{\\\"a\\\":null}\"\n"),
    ("return cmsgpack.pack({})", "\"\\x90\"\n"),
    ("return cmsgpack.pack({[1]=1, [3]=3})", "\"\\x82\\x01\\x01\\x03\\x03\"\n"),
    ("return cmsgpack.pack({[1.5]=1})", "\"\\x81\\xca?\\xc0\\x00\\x00\\x01\"\n"),
    ("return cmsgpack.pack(0/0)", "\"\\xcb\\xff\\xf8\\x00\\x00\\x00\\x00\\x00\\x00\"\n"),
    ("return cmsgpack.pack(1/0)", "\"\\xca\\x7f\\x80\\x00\\x00\"\n"),
    ("return cmsgpack.pack(2^63)", "\"\\xca_\\x00\\x00\\x00\"\n"),
    ("return cmsgpack.pack(-2^63)", "\"\\xd3\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"\n"),
    ("return cmsgpack.pack(function() end, nil)", "\"\\xc0\\xc0\"\n"),
    ("return cmsgpack.pack(string.rep(\"z\", 70000)):sub(1, 5)", "\"\\xdb\\x00\\x01\\x11p\"\n"),
    ("return {cmsgpack.unpack(\"\\145\\192\")}", "1) (empty array)\n"),
    ("local t = cmsgpack.unpack(\"\\129\\192\\1\") return t", "(error) ERR table index is nil script: 7dd052ed16f3e6dba2d67005e9d60f67a55896e5, on @user_script:1.\n"),
    ("return {cmsgpack.unpack(\"\\202\\63\\192\\0\\0\")}", "1) (integer) 1\n"),
    ("return {cmsgpack.unpack(\"\\203\\63\\248\\0\\0\\0\\0\\0\\0\")}", "1) (integer) 1\n"),
    ("return {cmsgpack.unpack(\"\\208\\128\\209\\128\\0\\210\\128\\0\\0\\0\")}", "1) (integer) -128\n2) (integer) -32768\n3) (integer) -2147483648\n"),
    ("return {cmsgpack.unpack(\"\")}", "(empty array)\n"),
    ("return {cmsgpack.unpack_limit(\"\\1\\2\\3\", 0, 1)}", "1) (integer) 1\n"),
    ("return {cmsgpack.unpack_limit(\"\\1\\2\\3\", 0)}", "1) (integer) 1\n2) (integer) 2\n3) (integer) 3\n"),
    ("return {cmsgpack.unpack_one(\"\\1\\2\\3\", 3)}", "1) (integer) -1\n"),
    ("return cmsgpack.unpack(string.rep(\"\\145\", 5000) .. \"\\1\")", "(error) ERR user_script:1: stack overflow (in function mp_decode_to_lua_array) script: 9b55d5adca9aec81e123dbb3927dad7c7494faa7, on @user_script:1.\n"),
    ("return struct.pack(\"<I3\", 0x123456)", "\"V4\\x12\"\n"),
    ("return struct.pack(\">i8\", -2)", "\"\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\"\n"),
    ("return {struct.unpack(\"<i3\", \"\\255\\255\\255\")}", "1) (integer) -1\n2) (integer) 4\n"),
    ("return {struct.unpack(\">I16\", string.rep(\"\\255\", 16))}", "1) (integer) -9223372036854775808\n2) (integer) 17\n"),
    ("return struct.pack(\"<i16\", -1)", "\"\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"\n"),
    ("return struct.pack(\"!3i\", 1)", "(error) ERR user_script:1: alignment 3 is not a power of 2 script: 7dde4bce152090b9b8b763f39b153497e434b4d3, on @user_script:1.\n"),
    ("return struct.pack(\"b\", 200)", "\"\\xc8\"\n"),
    ("return {struct.unpack(\"B\", struct.pack(\"b\", -1))}", "1) (integer) 255\n2) (integer) 2\n"),
    ("return struct.pack(\"d\", \"x\")", "(error) ERR user_script:1: bad argument #2 to 'pack' (number expected, got string) script: 226bd8c416faa66115ac439a886f3f602bd999ab, on @user_script:1.\n"),
    ("return {struct.unpack(\"x i\", \"\\0\\1\\0\\0\\0\")}", "1) (integer) 1\n2) (integer) 6\n"),
    ("return {struct.unpack(\"!4 b i\", struct.pack(\"!4 b i\", 1, 2))}", "1) (integer) 1\n2) (integer) 2\n3) (integer) 9\n"),
    ("return struct.size(\"!4 b i\")", "(integer) 8\n"),
    ("return struct.size(\"c0\")", "(error) ERR user_script:1: bad argument #1 to 'size' (option 'c0' has no fixed size) script: 32175125a96d7f6adf77bf292b0ada98c6af02b7, on @user_script:1.\n"),
    ("return struct.size(\"z\")", "(integer) 0\n"),
    ("return {struct.unpack(\"s\", \"abc\")}", "(error) ERR user_script:1: unfinished string in data script: b0ea1fef7a6155c190c91244c34bd811b0479727, on @user_script:1.\n"),
    ("return {struct.unpack(\"i\", \"\\1\\0\\0\\0\", -1)}", "(error) ERR user_script:1: bad argument #2 to 'unpack' (data string too short) script: 2bb1f620661dba3e5fbfe033c92d1b41908d803d, on @user_script:1.\n"),
    ("return {struct.unpack(\"c2\", \"abcd\", 3)}", "1) \"cd\"\n2) (integer) 5\n"),
    ("return struct.pack(\"i99999999999\")", "(error) ERR user_script:1: integral size overflow script: e2373a1d65966ec019bc3aa3428212073a661032, on @user_script:1.\n"),
    ("return {bit.lshift(1, 32), bit.lshift(1, 33), bit.rshift(0x80000000, 31), bit.arshift(0x80000000, 31)}", "1) (integer) 1\n2) (integer) 2\n3) (integer) 1\n4) (integer) -1\n"),
    ("return {bit.tohex(1, 0), bit.tohex(1, 10), bit.tohex(-1, -9)}", "1) \"\"\n2) \"00000001\"\n3) \"FFFFFFFF\"\n"),
    ("return {bit.tobit(0xffffffff), bit.tobit(2^53), bit.tobit(-2^31 - 1), bit.tobit(1e100)}", "1) (integer) -1\n2) (integer) 0\n3) (integer) 2147483647\n4) (integer) 630506365\n"),
    ("return {bit.bxor(1), bit.band(-1, 2^32 + 7)}", "1) (integer) 1\n2) (integer) 7\n"),
    ("return {bit.rol(1, 0), bit.ror(1, 0), bit.rol(1, 32), bit.rol(0x80000000, 1)}", "1) (integer) 1\n2) (integer) 1\n3) (integer) 1\n4) (integer) 1\n"),
    ("return bit.tohex(\"ff\")", "(error) ERR user_script:1: bad argument #1 to 'tohex' (number expected, got string) script: 80d76d4b0abf798e08a64a32082d6491a0603b48, on @user_script:1.\n"),
    ("return bit.lshift(1)\n", "(error) ERR user_script:1: bad argument #2 to 'lshift' (number expected, got no value) script: 3454a4600fe96b46a0df2b5d713a4ae59c0e1213, on @user_script:1.\n"),
    ("return redis.set_repl(0/0)", "(error) ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE. script: 72299d7e8f12e9d33de3244e32a6e99919b932ee, on @user_script:1.\n"),
    ("return redis.set_repl(1/0)", "(error) ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE. script: d8750913b4a7a513d7ac63efdb518aa0038a67b6, on @user_script:1.\n"),
    ("return redis.set_repl(2^32 + 1)", "(error) ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE. script: b78c6313c6c7c986f335df3bb16dd9b1751554e6, on @user_script:1.\n"),
    ("return redis.set_repl(-0.5)", "(nil)\n"),
    ("return redis.set_repl(3.99)", "(nil)\n"),
    ("return redis.set_repl({})", "(nil)\n"),
    ("return redis.setresp(2.5)", "(nil)\n"),
    ("return redis.setresp(0/0)", "(error) ERR RESP version must be 2 or 3. script: d96fcd9ecbeef962399128d279e089b111acba34, on @user_script:1.\n"),
    ("return redis.setresp(2^32 + 2)", "(error) ERR RESP version must be 2 or 3. script: 4c24be7ed522dedb83c6697d5dcbc84ff98a388a, on @user_script:1.\n"),
    ("return redis.setresp(\" 3 \")", "(nil)\n"),
    ("return redis.log(0/0, \"x\")", "(error) ERR Invalid debug level. script: d2e6945a81dc18ab56c5c84d5f057f52cfb62136, on @user_script:1.\n"),
    ("return redis.log(2^32 + 1, \"x\")", "(error) ERR Invalid debug level. script: 47ea89ea5f684a59ab62c00596f8b6539a53f1a4, on @user_script:1.\n"),
    ("return redis.log(-0.5, \"x\")", "(nil)\n"),
    ("return redis.log(3.99, \"x\")", "(nil)\n"),
    ("return redis.log(\"3\", \"x\")", "(nil)\n"),
    ("return redis.log(\"abc\", \"x\")", "(error) ERR First argument must be a number (log level). script: c71c7f57f7e9c7299af467644559f2651652067d, on @user_script:1.\n"),
    ("return redis.error_reply(3)", "(error) ERR wrong number or type of arguments\n"),
    ("return redis.status_reply(3)", "(error) ERR wrong number or type of arguments\n"),
    ("redis.setresp(3); return {false, true, {false, {true}}}", "1) (integer) 0\n2) (integer) 1\n3) 1) (integer) 0\n   2) 1) (integer) 1\n"),
    ("redis.setresp(3); return {map={a=false}}", "1) \"a\"\n2) (integer) 0\n"),
    ("redis.setresp(3); return {big_number=\"12\\r\\n3\"}", "\"12  3\"\n"),
];

#[test]
fn scripts_reply_as_redis_7_0_15_does() {
    let mut mismatches = Vec::new();
    for (script, expected) in REDIS_7_0_15 {
        let got = run(script);
        if got != *expected {
            mismatches.push(format!(
                "script: {script:?}\n  redis:   {expected:?}\n  ferrous: {got:?}"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} scripts differ:\n{}",
        mismatches.len(),
        REDIS_7_0_15.len(),
        mismatches.join("\n")
    );
}

/// What `redis-cli --eval` printed into a pipe (raw output) against redis-server 7.0.15.
const RAW_REDIS_7_0_15: &[(&str, &str)] = &[
    ("return 1", "1\n"),
    ("return \"with space\\nnewline\"", "with space\nnewline\n"),
    ("return nil", "\n"),
    ("return true", "1\n"),
    ("return false", "\n"),
    ("return {1, \"a\", {2, \"b\", {}}, nil, 3}", "1\na\n2\nb\n\n"),
    ("return {}", "\n"),
    ("return {ok=\"FINE\"}", "FINE\n"),
    ("return {err=\"BAD thing\"}", "BAD thing\n\n"),
    ("return 3.99", "3\n"),
    ("redis.setresp(3) return {double=1.5}", "1.5\n"),
    ("redis.setresp(3) return {map={a=1, b={1,2}}}", "a\n1\nb\n1\n2\n"),
    ("return {\"a\\0b\", \"\\1\\2\\255\"}", "a\0b\n\u{1}\u{2}\u{fffd}\n"),
    ("error(\"oops\")", "ERR user_script:1: oops script: 794903a2e2143991945705337a236274ce594dd6, on @user_script:1.\n\n"),
    ("return {1, {err=\"inner\"}}", "1\ninner\n\n"),
    ("return {\"x\", nil, \"y\"}", "x\n"),
];

#[test]
fn raw_replies_print_as_redis_cli_prints_into_a_pipe() {
    for (script, expected) in RAW_REDIS_7_0_15 {
        let (mut vm, _) = new_vm();
        let reply = vm.eval(script.as_bytes(), &[], &[]);
        let text = String::from_utf8_lossy(&format_reply_raw(&reply)).into_owned();
        assert_eq!(&text, expected, "{script}");
    }
}

#[test]
fn keys_and_argv_are_fresh_arrays_each_call() {
    let (mut vm, _) = new_vm();
    let script = b"return KEYS[1] .. ARGV[1] .. #KEYS .. #ARGV";
    let reply = vm.eval(script, &bytes(&["k1"]), &bytes(&["a1"]));
    assert_eq!(printed(&reply), "\"k1a111\"\n");
    let reply = vm.eval(b"return {#KEYS, #ARGV}", &[], &bytes(&["x", "y"]));
    assert_eq!(printed(&reply), "1) (integer) 0\n2) (integer) 2\n");
    // KEYS itself may be written (it is not part of the locked environment).
    let reply = vm.eval(b"KEYS[1] = 'z'; return KEYS[1]", &bytes(&["k"]), &[]);
    assert_eq!(reply, Reply::Bulk(b"z".to_vec()));
}

#[test]
fn command_arguments_are_strings_and_numbers_as_percent_17g() {
    let (mut vm, calls) = new_vm();
    let script = b"redis.call('SET', 'a', 0.1) redis.call('set', 'b', 1e20) \
                   redis.pcall('set', 'c', 3.0) redis.call('set', 'd', -0.0) \
                   redis.call('set', 'e', 1/0) return redis.call('get', 'a')";
    // Lua 5.1 merges the constants -0 and 0, so `1/0` here divides by -0 (Redis too).
    let reply = vm.eval(script, &[], &[]);
    assert_eq!(reply, Reply::Bulk(b"0.10000000000000001".to_vec()));
    let calls = calls.borrow();
    let args: Vec<&str> = calls.iter().map(|c| c.args[2].as_str()).take(5).collect();
    assert_eq!(args, ["0.10000000000000001", "1e+20", "3", "-0", "-inf"]);
    assert_eq!(
        calls[0].args[0], "SET",
        "command names keep the script's spelling"
    );
    assert_eq!(calls[2].kind, CallKind::PCall);
    assert!(calls.iter().all(|c| c.resp == 2));
}

#[test]
fn setresp_3_changes_the_protocol_of_later_commands_only_for_that_script() {
    let (mut vm, calls) = new_vm();
    let script = b"local a = redis.call('hgetall', 'h') redis.setresp(3) \
                   local m = redis.call('hgetall', 'h') local n = redis.call('get', 'none') \
                   return {a[1], m.map.f, tostring(n)}";
    let reply = vm.eval(script, &[], &[]);
    assert_eq!(printed(&reply), "1) \"f\"\n2) \"v\"\n3) \"nil\"\n");
    let protocols: Vec<u8> = calls.borrow().iter().map(|c| c.resp).collect();
    assert_eq!(protocols, [2, 3, 3]);
    // The next script starts in RESP2 again: a nil reply is `false` there.
    let reply = vm.eval(b"return tostring(redis.call('get', 'none'))", &[], &[]);
    assert_eq!(reply, Reply::Bulk(b"false".to_vec()));
}

#[test]
fn resp3_values_returned_by_scripts_reach_a_resp2_client_in_resp2_form() {
    let cases = [
        ("return {double=2.5}", Reply::Bulk(b"2.5".to_vec())),
        ("return {double=-1/0}", Reply::Bulk(b"-inf".to_vec())),
        (
            "return {map={k='v'}}",
            Reply::Array(vec![Reply::Bulk(b"k".to_vec()), Reply::Bulk(b"v".to_vec())]),
        ),
        (
            "return {big_number='1234567890123456789012'}",
            Reply::Bulk(b"1234567890123456789012".to_vec()),
        ),
        (
            "redis.setresp(3) return {true, false}",
            Reply::Array(vec![Reply::Integer(1), Reply::Integer(0)]),
        ),
    ];
    for (script, expected) in cases {
        let (mut vm, _) = new_vm();
        assert_eq!(vm.eval(script.as_bytes(), &[], &[]), expected, "{script}");
    }
}

#[test]
fn a_self_referencing_table_nests_until_the_lua_stack_limit() {
    let (mut vm, _) = new_vm();
    let mut reply = vm.eval(b"local t = {} t[1] = t return t", &[], &[]);
    let mut depth = 0;
    while let Reply::Array(mut items) = reply {
        assert_eq!(items.len(), 1);
        reply = items.remove(0);
        depth += 1;
    }
    // Redis 7.0.15 prints 7995 nested arrays, then this error.
    assert_eq!(depth, 7995);
    assert_eq!(reply, Reply::Error(b"ERR reached lua stack limit".to_vec()));
}

#[test]
fn evalsha_runs_cached_scripts_and_says_noscript_otherwise() {
    let (mut vm, _) = new_vm();
    let body = b"return 'cached'";
    let sha = vm.load_script(body).expect("compiles");
    assert_eq!(sha, sha1_hex(body));
    // `SCRIPT LOAD "return 'cached'"` on Redis 7.0.15.
    assert_eq!(sha, "952f49ffc8f7b098d8ab5da45d3164ca36ed18b1");
    assert_eq!(
        vm.evalsha(&sha.to_uppercase(), &[], &[]),
        Reply::Bulk(b"cached".to_vec())
    );
    vm.flush_scripts();
    assert_eq!(
        vm.evalsha(&sha, &[], &[]),
        Reply::Error(b"NOSCRIPT No matching script. Please use EVAL.".to_vec())
    );
    // EVAL caches too.
    vm.eval(b"return 2", &[], &[]);
    assert_eq!(
        vm.evalsha(&sha1_hex(b"return 2"), &[], &[]),
        Reply::Integer(2)
    );
    let err = vm.load_script(b"return +").unwrap_err();
    assert_eq!(
        err,
        Reply::Error(
            b"ERR Error compiling script (new function): user_script:1: unexpected symbol near '+'"
                .to_vec()
        )
    );
    assert_eq!(vm.last_error_kind(), None, "SCRIPT LOAD runs nothing");
    vm.eval(b"return +", &[], &[]);
    assert_eq!(vm.last_error_kind(), Some(ErrorKind::Syntax));
}

#[test]
fn the_state_persists_between_scripts_like_redis_one_lua_state() {
    let (mut vm, _) = new_vm();
    // cjson settings live in the state.
    vm.eval(b"cjson.encode_number_precision(3)", &[], &[]);
    assert_eq!(
        vm.eval(b"return cjson.encode(1/3)", &[], &[]),
        Reply::Bulk(b"0.333".to_vec())
    );
    // The random generator is not reseeded between scripts: two seeded draws in separate
    // scripts continue one sequence.
    let first = vm.eval(b"math.randomseed(42) return math.random(100)", &[], &[]);
    let second = vm.eval(b"return math.random(100)", &[], &[]);
    assert_eq!((first, second), (Reply::Integer(75), Reply::Integer(35)));
}

#[test]
fn redis_log_collects_its_arguments() {
    let (mut vm, _) = new_vm();
    let reply = vm.eval(b"redis.log(redis.LOG_WARNING, 'a', 1.5, {}, 'b')", &[], &[]);
    assert_eq!(reply, Reply::Nil);
    let log = vm.take_log();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].level, log[0].text.as_slice()), (3, &b"a 1.5 b"[..]));
    assert!(vm.take_log().is_empty());
}

#[test]
fn instruction_budget_ends_a_script_with_a_positioned_error() {
    let (mut vm, _) = new_vm();
    vm.vm_mut().set_instruction_budget(Some(50_000));
    let body = b"local x = 0\nwhile true do\n  x = x + 1\nend\n";
    let reply = vm.eval(body, &[], &[]);
    let expected = format!(
        "ERR Script exceeded its instruction budget script: {}, on @user_script:",
        sha1_hex(body)
    );
    let Reply::Error(text) = reply else {
        panic!("expected an error, got {reply:?}")
    };
    assert!(
        String::from_utf8_lossy(&text).starts_with(&expected),
        "{text:?}"
    );
    assert_eq!(vm.last_error_kind(), Some(ErrorKind::Timeout));
    // pcall cannot catch it.
    vm.vm_mut().set_instruction_budget(Some(50_000));
    let reply = vm.eval(
        b"pcall(function() while true do end end) return 'caught'",
        &[],
        &[],
    );
    assert!(matches!(reply, Reply::Error(_)));
    vm.vm_mut().set_instruction_budget(None);
    assert_eq!(vm.eval(b"return 1", &[], &[]), Reply::Integer(1));
}

#[test]
fn script_kill_stops_a_busy_script_that_pcall_cannot_save() {
    let (mut vm, _) = new_vm();
    vm.set_time_limit(Some(Duration::from_millis(20)));
    let kill = vm.kill_handle();
    let busy = vm.busy_handle();
    let killer = std::thread::spawn(move || {
        while !busy.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(1));
        }
        kill.store(true, Ordering::SeqCst);
    });
    // Redis 7.0.15 replies to this script, killed, with line 3.
    let body =
        b"local x = 0\nwhile true do\n  pcall(function() while true do x = x + 1 end end)\nend\n";
    let reply = vm.eval(body, &[], &[]);
    killer.join().expect("killer thread");
    let expected = format!("{KILLED} script: {}, on @user_script:3.", sha1_hex(body));
    assert_eq!(reply, Reply::Error(expected.into_bytes()));
    assert_eq!(vm.last_error_kind(), Some(ErrorKind::Interrupted));
    assert!(!vm.busy_handle().load(Ordering::SeqCst), "no longer busy");
    // A kill requested while no script runs does not affect the next one.
    vm.kill_handle().store(true, Ordering::SeqCst);
    assert_eq!(vm.eval(b"return 1", &[], &[]), Reply::Integer(1));
}

#[test]
fn into_server_gives_the_server_back_with_its_data() {
    let (mut vm, _) = new_vm();
    vm.eval(b"redis.call('set', 'k', 'v')", &[], &[]);
    let mut server = vm.into_server();
    assert_eq!(
        server.execute(CallKind::Call, &bytes(&["get", "k"]), 2),
        Reply::Bulk(b"v".to_vec())
    );
}

#[test]
fn cli_splits_keys_and_arguments_at_the_comma_and_prints_like_redis_cli() {
    let args = bytes(&["k1", "k2", ",", "a1"]);
    assert_eq!(
        split_keys_and_args(&args),
        (bytes(&["k1", "k2"]), bytes(&["a1"]))
    );
    assert_eq!(
        split_keys_and_args(&args[..2]),
        (bytes(&["k1", "k2"]), vec![])
    );
    let nested = Reply::Array(vec![
        Reply::Integer(1),
        Reply::Array(vec![Reply::Bulk(b"a\"b".to_vec()), Reply::Nil]),
        Reply::Status(b"OK".to_vec()),
        Reply::Error(b"ERR x".to_vec()),
        Reply::Array(vec![]),
    ]);
    assert_eq!(
        printed(&nested),
        "1) (integer) 1\n2) 1) \"a\\\"b\"\n   2) (nil)\n3) OK\n4) (error) ERR x\n5) (empty array)\n"
    );
}
