//! The Redis feature: generated programs for the `redis` profile (`EVAL` of the program).
//!
//! Such a program starts with case directives drawn from the decisions (`-- @profile: redis`,
//! `KEYS`, `ARGV` and an initial data set), collects what it shows in a log table instead of
//! printing (Redis scripts have no `print`), and ends by returning the log next to values of
//! every kind, so that both the reply conversion and everything the program saw are compared.
//! Its Redis snippets call the model's commands through `redis.call` and `redis.pcall` with
//! ordinary and edge-case arguments (wrong types, wrong arity, odd numbers, binary and empty
//! strings, values that are not strings), build status and error replies, read
//! `KEYS`/`ARGV`, and call the numeric `redis` API (`set_repl`, `setresp`, `log`, the reply
//! helpers, `breakpoint`/`debug`) with edge-case arguments. Returns include RESP3 reply tables
//! with nested booleans, sometimes after `redis.setresp(3)`.

use super::builder::{Builder, Kind};
use super::choices::Choices;
use super::features::{Feature, FeatureSet};

/// The features a `redis`-profile program draws from: what Redis's environment has (no
/// `print`, `getfenv`/`setfenv`, `debug`, no new globals) plus the Redis feature.
pub fn redis_features() -> FeatureSet {
    FeatureSet::all()
        .without(Feature::Globals)
        .without(Feature::Environments)
        .without(Feature::DebugLibrary)
        .without(Feature::Loading)
}

/// Key names programs use: a few, so that commands meet each other's keys.
const KEY_NAMES: &[&str] = &["k1", "k2", "counter", "h", "l", "s", "z", "missing"];

/// Words `ARGV` and the data set draw from.
const WORDS: &[&str] = &[
    "v",
    "1",
    "-7",
    "3.5",
    "0",
    "10",
    "abc",
    "1e3",
    "inf",
    "-0",
    "nan",
    "9007199254740993",
];

/// Commands of the initial data set.
const DATA_COMMANDS: &[&str] = &[
    "SET k1 v",
    "SET counter 10",
    "SET counter 3.5",
    "HSET h f v g 2",
    "RPUSH l a b c",
    "SADD s x y",
    "ZADD z 1 a 2.5 b",
    "SET k2 \"two words\"",
];

/// Writes the directives of a redis-profile program: profile, keys, argv and data set.
pub fn directives(choices: &mut dyn Choices) -> Vec<String> {
    let mut lines = vec!["-- @profile: redis".to_string()];
    let key_count = choices.below(4) as usize;
    let keys: Vec<&str> = (0..key_count)
        .map(|_| KEY_NAMES[choices.below(KEY_NAMES.len() as u32) as usize])
        .collect();
    lines.push(format!("-- @keys: {}", keys.join(" ")));
    let argv_count = choices.below(4) as usize;
    let argv: Vec<&str> = (0..argv_count)
        .map(|_| WORDS[choices.below(WORDS.len() as u32) as usize])
        .collect();
    lines.push(format!("-- @argv: {}", argv.join(" ")));
    let data: Vec<&str> = DATA_COMMANDS
        .iter()
        .copied()
        .filter(|_| choices.below(3) == 2)
        .collect();
    if !data.is_empty() {
        lines.push(format!("-- @data: {}", data.join(" ; ")));
    }
    lines
}

/// The prelude's `emit` for Redis: the same text, appended to `log` instead of printed (and
/// without capturing `print`, whose mere reading is an error in Redis's environment).
pub fn logging_prelude(prelude: &str) -> String {
    let mut text = String::from("local log = {}\n");
    text.push_str(
        &prelude
            .replace("local print, type,", "local type,")
            .replace("= print, type,", "= type,")
            .replace("print(label", "log[#log + 1] = (label"),
    );
    text
}

/// What a command's arguments are drawn from.
#[derive(Clone, Copy)]
enum Arg {
    Key,
    Value,
    Integer,
    Score,
    Field,
}

/// Commands with the shape of their arguments.
const COMMANDS: &[(&str, &[Arg])] = &[
    ("GET", &[Arg::Key]),
    ("SET", &[Arg::Key, Arg::Value]),
    ("SETNX", &[Arg::Key, Arg::Value]),
    ("GETSET", &[Arg::Key, Arg::Value]),
    ("GETDEL", &[Arg::Key]),
    ("MGET", &[Arg::Key, Arg::Key]),
    ("MSET", &[Arg::Key, Arg::Value, Arg::Key, Arg::Value]),
    ("INCR", &[Arg::Key]),
    ("DECRBY", &[Arg::Key, Arg::Integer]),
    ("INCRBY", &[Arg::Key, Arg::Integer]),
    ("INCRBYFLOAT", &[Arg::Key, Arg::Score]),
    ("APPEND", &[Arg::Key, Arg::Value]),
    ("STRLEN", &[Arg::Key]),
    ("GETRANGE", &[Arg::Key, Arg::Integer, Arg::Integer]),
    ("DEL", &[Arg::Key, Arg::Key]),
    ("EXISTS", &[Arg::Key]),
    ("TYPE", &[Arg::Key]),
    ("EXPIRE", &[Arg::Key, Arg::Integer]),
    ("TTL", &[Arg::Key]),
    ("PERSIST", &[Arg::Key]),
    ("RENAME", &[Arg::Key, Arg::Key]),
    ("DBSIZE", &[]),
    ("HSET", &[Arg::Key, Arg::Field, Arg::Value]),
    ("HGET", &[Arg::Key, Arg::Field]),
    ("HGETALL", &[Arg::Key]),
    ("HINCRBY", &[Arg::Key, Arg::Field, Arg::Integer]),
    ("HINCRBYFLOAT", &[Arg::Key, Arg::Field, Arg::Score]),
    ("HDEL", &[Arg::Key, Arg::Field]),
    ("HKEYS", &[Arg::Key]),
    ("LPUSH", &[Arg::Key, Arg::Value, Arg::Value]),
    ("RPUSH", &[Arg::Key, Arg::Value]),
    ("LPOP", &[Arg::Key]),
    ("LRANGE", &[Arg::Key, Arg::Integer, Arg::Integer]),
    ("LINDEX", &[Arg::Key, Arg::Integer]),
    ("LSET", &[Arg::Key, Arg::Integer, Arg::Value]),
    ("LLEN", &[Arg::Key]),
    ("SADD", &[Arg::Key, Arg::Value, Arg::Value]),
    ("SISMEMBER", &[Arg::Key, Arg::Value]),
    ("SCARD", &[Arg::Key]),
    ("SMEMBERS", &[Arg::Key]),
    ("ZADD", &[Arg::Key, Arg::Score, Arg::Value]),
    ("ZSCORE", &[Arg::Key, Arg::Value]),
    ("ZINCRBY", &[Arg::Key, Arg::Score, Arg::Value]),
    ("ZRANGE", &[Arg::Key, Arg::Integer, Arg::Integer]),
    ("ZRANK", &[Arg::Key, Arg::Value]),
    ("ZCARD", &[Arg::Key]),
    ("PING", &[]),
    ("ECHO", &[Arg::Value]),
];

/// Arguments that are not what a command expects, or not strings at all.
const ODD_ARGUMENTS: &[&str] = &[
    "\"\"",
    "\"\\0bin\\255\"",
    "0.1",
    "-0",
    "1e300",
    "2^53 + 1",
    "1/0",
    "-(1/0)",
    "true",
    "{}",
    "nil",
    "\"nan\"",
    "\" 12\"",
    "\"12abc\"",
];

/// Values for the numeric arguments of the `redis` API (log level, RESP version, replication
/// flags): Redis reads them into a C `int`, so fractions, NaN, infinities, values just outside
/// `int` and numeric strings each take a different path.
const API_NUMBERS: &[&str] = &[
    "0/0",
    "1/0",
    "-(1/0)",
    "0.5",
    "-0.5",
    "2.5",
    "3.99",
    "-1",
    "2^31",
    "2^32 + 1",
    "2^32 + 3",
    "-2^31",
    "1e300",
    "\"3\"",
    "\" 2 \"",
    "\"0x3\"",
    "\"abc\"",
    "{}",
    "true",
    "nil",
    "redis.REPL_ALL",
    "redis.LOG_WARNING",
];

/// Texts for `{big_number = ...}` replies, line breaks included (Redis makes them spaces).
const BIG_NUMBERS: &[&str] = &["\"123\"", "\"-7\"", "\"12\\r\\n34\"", "\"\""];

impl Builder<'_> {
    /// A key expression: a literal name, an entry of `KEYS`, or a computed name.
    fn redis_key(&mut self) -> String {
        match self.below(5) {
            0 | 1 => format!("\"{}\"", self.pick(KEY_NAMES)),
            2 => format!("KEYS[{}]", 1 + self.below(3)),
            3 => format!("(KEYS[1] or \"{}\")", self.pick(KEY_NAMES)),
            _ => format!("\"k\" .. {}", self.small_integer()),
        }
    }

    fn redis_argument(&mut self, arg: Arg) -> String {
        if self.chance(8) {
            return self.pick(ODD_ARGUMENTS).to_string();
        }
        match arg {
            Arg::Key => self.redis_key(),
            Arg::Field => format!("\"{}\"", self.pick(&["f", "g", "x"])),
            Arg::Integer => self.small_integer(),
            Arg::Score => self
                .pick(&["1", "2.5", "-3", "0.1", "1e10", "\"+inf\""])
                .to_string(),
            Arg::Value => match self.below(4) {
                0 => format!("ARGV[{}]", 1 + self.below(3)),
                1 => self.expression_at(Kind::Number, 1),
                _ => self.expression_at(Kind::String, 1),
            },
        }
    }

    /// A `redis.call`/`redis.pcall` expression.
    fn redis_call(&mut self) -> String {
        let function = if self.chance(50) { "pcall" } else { "call" };
        let (name, shape) = self.pick(COMMANDS);
        let mut words = Vec::new();
        let spelled = match self.below(6) {
            0 => name.to_lowercase(),
            1 if self.chance(30) => "NOSUCHCOMMAND".to_string(),
            _ => name.to_string(),
        };
        words.push(format!("\"{spelled}\""));
        for &arg in shape {
            words.push(self.redis_argument(arg));
        }
        // Wrong arity now and then: one argument too few or too many.
        if !shape.is_empty() && self.chance(6) {
            words.pop();
        } else if self.chance(6) {
            words.push(self.redis_argument(Arg::Value));
        }
        format!("redis.{function}({})", words.join(", "))
    }

    /// Writes one Redis snippet.
    pub fn redis_snippet(&mut self) {
        let label = self.label("redis");
        match self.below(8) {
            0..=2 => {
                let call = self.redis_call();
                self.line(&format!("emit({label}, {call})"));
            }
            3 => {
                let call = self.redis_call();
                self.line(&format!("local reply = {call}"));
                self.line(&format!(
                    "emit({label}, type(reply), type(reply) == \"table\" and #reply or reply)"
                ));
            }
            4 => {
                let value = self.expression_at(Kind::String, 1);
                let which = self.pick(&["status_reply", "error_reply"]);
                self.line(&format!("emit({label}, redis.{which}({value}))"));
            }
            5 => self.line(&format!(
                "emit({label}, #KEYS, #ARGV, KEYS[1], ARGV[1], ARGV[#ARGV])"
            )),
            6 => self.redis_api_call(&label),
            _ => {
                let value = self.expression_at(Kind::String, 1);
                self.line(&format!("emit({label}, redis.sha1hex({value}))"));
            }
        }
    }

    /// A `redis` API function called with an edge-case argument, under `pcall` when it may
    /// raise; what it returned (or the error text) is logged.
    fn redis_api_call(&mut self, label: &str) {
        let value = self.pick(API_NUMBERS);
        let call = match self.below(6) {
            0 => format!("pcall(redis.set_repl, {value})"),
            1 => format!("pcall(redis.setresp, {value})"),
            2 => format!("pcall(redis.log, {value}, \"generated\")"),
            3 => format!("redis.error_reply({value})"),
            4 => format!("redis.status_reply({value})"),
            _ => format!("redis.breakpoint({value}), select(\"#\", redis.debug({value}))"),
        };
        self.line(&format!("emit({label}, {call})"));
    }

    /// A reply table of RESP3's kinds, with booleans nested in it: RESP3 scripts send them
    /// as booleans, RESP2 ones as 1 and nil. Maps and sets get one entry, because the order
    /// of a table traversal is not part of Lua's semantics.
    fn resp3_reply_value(&mut self) -> String {
        match self.below(6) {
            0 => format!(
                "{{{}, {{false, {{true}}}}, false}}",
                self.expression_at(Kind::Boolean, 1)
            ),
            1 => format!(
                "{{map = {{flag = {}}}}}",
                self.expression_at(Kind::Boolean, 1)
            ),
            2 => format!("{{set = {{[{}] = true}}}}", self.small_integer()),
            3 => format!(
                "{{double = {}}}",
                self.pick(&["1.5", "-0.25", "0.1", "1/0", "-(1/0)", "3"])
            ),
            4 => format!("{{big_number = {}}}", self.pick(BIG_NUMBERS)),
            _ => format!(
                "{{verbatim_string = {{format = \"txt\", string = {}}}}}",
                self.expression_at(Kind::String, 1)
            ),
        }
    }

    /// A value for the reply: every kind the conversion treats differently.
    fn reply_value(&mut self) -> String {
        match self.below(11) {
            0 => self.expression_at(Kind::Number, 1),
            1 => self.expression_at(Kind::String, 1),
            2 => self.expression_at(Kind::Boolean, 1),
            3 => format!("{{ok = {}}}", self.expression_at(Kind::String, 1)),
            4 => format!("{{err = {}}}", self.expression_at(Kind::String, 1)),
            5 => self.expression_at(Kind::Table, 1),
            6 => "nil".to_string(),
            7 => self.redis_call(),
            8 => format!(
                "{{1, {{2.9, \"x\"}}, {}}}",
                self.expression_at(Kind::Any, 1)
            ),
            9 => self.resp3_reply_value(),
            _ => format!(
                "redis.status_reply({})",
                self.expression_at(Kind::String, 1)
            ),
        }
    }

    /// Ends a redis-profile program: the log with values of every kind, or now and then a
    /// bare value or an uncaught error (the log is then not part of the reply).
    pub fn redis_return(&mut self) {
        // The protocol decides how returned booleans are sent: switch to RESP3 now and then.
        if self.chance(25) {
            self.line("redis.setresp(3)");
        }
        match self.below(10) {
            0 => {
                let value = self.reply_value();
                self.line(&format!("return {value}"));
            }
            1 => {
                // Not a table without `err`: Redis 7.0 crashes on that (undefined here).
                let value = self.pick(&["\"uncaught\"", "{err = \"MYERR custom\"}", "42"]);
                self.line(&format!("error({value})"));
            }
            _ => {
                let count = self.below(3);
                let mut values = vec!["log".to_string()];
                for _ in 0..count {
                    values.push(self.reply_value());
                }
                self.line(&format!("return {{{}}}", values.join(", ")));
            }
        }
    }
}
