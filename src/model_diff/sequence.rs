//! Generated command sequences for the model-vs-Redis differential.
//!
//! A sequence starts with a few commands that give keys of every type (so later commands meet
//! values of the right and of the wrong type), then calls commands drawn from the model's own
//! command table, read at run time so that every modelled command takes part. Arguments come
//! from pools of edge cases: the sequence's keys, members, small, negative, huge and
//! non-numeric numbers, empty strings, option words, stream ids, coordinates. Argument counts
//! hover around each command's arity, sometimes below or above it.
//!
//! Absolute times are avoided (the model's clock is frozen in 2023, the server's is not): the
//! numbers drawn are either small (long past as Unix times) or overflow.

use crate::generate::choices::{Choices, SeededChoices};

/// A command: its words, the name first.
pub type Command = Vec<Vec<u8>>;

/// Commands giving the sequence its typed keys; a sequence runs some of them first.
const SETUPS: &[&str] = &[
    "SET s hello",
    "SET n 10",
    "SET f 3.5",
    "RPUSH l a b c a",
    "RPUSH l2 1 2 3",
    "HSET h f v n 5 x 1.5",
    "SADD st a b c",
    "SADD st2 1 2 3",
    "ZADD z 1 a 2 b 2 c 3.5 d",
    "ZADD z2 0 a 0 b 0 c",
    "PFADD hll a b c",
    "GEOADD g 13.361389 38.115556 Palermo 15.087269 37.502669 Catania",
    "XADD x 1-1 f v",
    "XADD x 2-0 a 1 b 2",
    "XGROUP CREATE x g 0",
    "SET bits \\x0f\\xff",
];

/// Key names the arguments draw from: the typed keys above and keys that start absent.
const KEYS: &[&str] = &[
    "s", "n", "f", "l", "l2", "h", "st", "st2", "z", "z2", "hll", "g", "x", "bits", "k1", "k2",
    "missing",
];

/// Words used as members, fields and values.
const MEMBERS: &[&str] = &[
    "a", "b", "c", "d", "f", "v", "n", "x", "Palermo", "Catania", "hello", "",
];

/// Numbers, including the awkward ones.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "10",
    "100",
    "-1",
    "-2",
    "-100",
    "1.5",
    "-0.5",
    "3.5",
    "1e3",
    "0x10",
    "inf",
    "-inf",
    "+inf",
    "nan",
    " 1",
    "01",
    "-0",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "18446744073709551615",
    "1e400",
    "abc",
    "13.361389",
    "38.115556",
    "15",
    "37",
    "200",
    "86",
];

/// Option words of Redis commands.
const OPTIONS: &[&str] = &[
    "NX",
    "XX",
    "GT",
    "LT",
    "CH",
    "INCR",
    "GET",
    "EX",
    "PX",
    "EXAT",
    "PXAT",
    "KEEPTTL",
    "PERSIST",
    "WITHSCORES",
    "WITHSCORE",
    "LIMIT",
    "COUNT",
    "BYSCORE",
    "BYLEX",
    "REV",
    "MATCH",
    "TYPE",
    "LEFT",
    "RIGHT",
    "BEFORE",
    "AFTER",
    "RANK",
    "MAXLEN",
    "MINID",
    "STREAMS",
    "NOMKSTREAM",
    "IDLE",
    "JUSTID",
    "STREAM",
    "FULL",
    "WITHCOORD",
    "WITHDIST",
    "WITHHASH",
    "ASC",
    "DESC",
    "ANY",
    "FROMMEMBER",
    "FROMLONLAT",
    "BYRADIUS",
    "BYBOX",
    "STOREDIST",
    "STORE",
    "M",
    "KM",
    "FT",
    "MI",
    "AGGREGATE",
    "SUM",
    "MIN",
    "MAX",
    "WEIGHTS",
    "AND",
    "OR",
    "XOR",
    "NOT",
    "BY",
    "ALPHA",
    "DESTINATION",
    "REPLACE",
    "DB",
    "LEN",
    "IDX",
    "MINMATCHLEN",
    "WITHMATCHLEN",
    "OVERFLOW",
    "WRAP",
    "SAT",
    "FAIL",
    "u8",
    "i16",
    "#1",
    "ENCODING",
    "REFCOUNT",
    "BIT",
    "BYTE",
    "WITHVALUES",
    "ABSTTL",
    "IDLETIME",
    "FREQ",
];

/// Stream ids and range ends.
const STREAM_IDS: &[&str] = &[
    "-",
    "+",
    "0",
    "0-0",
    "0-1",
    "1",
    "1-1",
    "1-2",
    "2-0",
    "3",
    "5-5",
    "(1-1",
    "(2-0",
    "$",
    ">",
    "*",
    "1-*",
    "18446744073709551615-18446744073709551615",
    "=",
    "~",
    "1-x",
];

/// Score and lexicographic range ends.
const RANGES: &[&str] = &[
    "(1", "(2", "[a", "(a", "[c", "-", "+", "(inf", "-inf", "+inf", "(x",
];

/// `DUMP` payloads redis-server 7.0.15 produced (a string, an LZF string, a list, a hash, an
/// intset, a sorted set), older RDB types it still reads (a plain list, RDB version 9), and
/// payloads `RESTORE` refuses (a wrong checksum; sealed but an unknown type, an empty list, a
/// repeated set member), as `\xHH` escapes.
const PAYLOADS: &[&str] = &[
    "\\x00\\x0b\\x68\\x65\\x6c\\x6c\\x6f\\x20\\x77\\x6f\\x72\\x6c\\x64\\x0a\\x00\\x0b\\xfc\\x49\\xb9\\xa6\\xc7\\xa0\\x34",
    "\\x00\\xc3\\x0b\\x3c\\x03\\x61\\x62\\x63\\x61\\xe0\\x2d\\x02\\x01\\x62\\x63\\x0a\\x00\\x6f\\x60\\x29\\xe4\\xaf\\xd7\\x64\\xac",
    "\\x12\\x01\\x02\\x12\\x12\\x00\\x00\\x00\\x04\\x00\\x81\\x61\\x02\\x01\\x01\\x81\\x62\\x02\\xde\\xd4\\x02\\xff\\x0a\\x00\\x58\\x3e\\x1f\\x56\\x15\\x39\\x56\\xf2",
    "\\x10\\x12\\x12\\x00\\x00\\x00\\x04\\x00\\x81\\x66\\x02\\x81\\x76\\x02\\x81\\x6e\\x02\\x05\\x01\\xff\\x0a\\x00\\x84\\x90\\x93\\x9f\\x57\\xb4\\xf3\\xc2",
    "\\x0b\\x14\\x04\\x00\\x00\\x00\\x03\\x00\\x00\\x00\\xff\\xff\\xff\\xff\\x05\\x00\\x00\\x00\\x70\\x11\\x01\\x00\\x0a\\x00\\xef\\xda\\xb8\\xfb\\x74\\x44\\x4e\\x88",
    "\\x11\\x1d\\x1d\\x00\\x00\\x00\\x06\\x00\\x81\\x63\\x02\\x84\\x2d\\x69\\x6e\\x66\\x05\\x81\\x61\\x02\\x01\\x01\\x81\\x62\\x02\\x83\\x32\\x2e\\x35\\x04\\xff\\x0a\\x00\\x39\\x92\\x33\\x9b\\xe1\\x1f\\x32\\x3d",
    "\\x01\\x02\\x01\\x61\\xc0\\x05\\x0a\\x00\\x47\\xa3\\x77\\x89\\xf0\\xcf\\xbb\\x97",
    "\\x00\\x02\\x68\\x69\\x09\\x00\\x7f\\x99\\xce\\x24\\xda\\xb7\\x78\\xa5",
    "\\x00\\x0b\\x68\\x65\\x6c\\x6c\\x6f\\x20\\x77\\x6f\\x72\\x6c\\x64\\x0a\\x00\\x0b\\xfc\\x49\\xb9\\xa6\\xc7\\xa0\\x35",
    "\\x08\\x01\\x61\\x0a\\x00\\x24\\x85\\x4e\\x1e\\x80\\x3c\\x03\\x37",
    "\\x12\\x00\\x0a\\x00\\x69\\xf6\\x84\\x5b\\x6a\\x1b\\xbf\\x57",
    "\\x02\\x02\\x01\\x61\\x01\\x61\\x0a\\x00\\x57\\xbe\\x76\\x2f\\xc2\\xd6\\x52\\x3a",
    "junk",
];

/// Well-formed commands with slots (`$k` a key, `$m` a member, `$n` a number, `$i` a stream
/// id, `$o` an option word, `$p` a `DUMP` payload), so that deep paths of commands are reached as often as errors.
const TEMPLATES: &[&str] = &[
    "GEOADD g $n $n $m",
    "GEOADD g CH $n $n $m $n $n $m",
    "GEOADD g XX CH 13.361389 38.115556 Palermo",
    "GEOPOS g $m $m Palermo",
    "GEODIST g Palermo Catania $o",
    "GEODIST g $m $m km",
    "GEOHASH g $m Palermo Catania",
    "GEOSEARCH g FROMLONLAT 15 37 BYRADIUS $n km $o $o",
    "GEOSEARCH g FROMLONLAT 15 37 BYRADIUS 200 km ASC WITHDIST WITHCOORD WITHHASH",
    "GEOSEARCH g FROMMEMBER $m BYBOX 400 400 km DESC WITHDIST",
    "GEOSEARCH g FROMMEMBER Palermo BYRADIUS 1000 mi COUNT $n ANY",
    "GEOSEARCH g FROMLONLAT $n $n BYBOX $n $n km",
    "GEOSEARCHSTORE $k g FROMLONLAT 15 37 BYRADIUS 200 km $o",
    "GEOSEARCHSTORE $k g FROMMEMBER Catania BYRADIUS 200 km STOREDIST",
    "GEORADIUS g 15 37 200 km WITHDIST COUNT $n",
    "GEORADIUS g 15 37 $n km STORE $k",
    "GEORADIUS_RO g $n $n 500 km WITHCOORD",
    "GEORADIUSBYMEMBER g Palermo 200 km WITHDIST WITHHASH ASC",
    "GEORADIUSBYMEMBER g $m $n $o STOREDIST $k",
    "GEORADIUSBYMEMBER_RO g Catania 100 km",
    "PFADD $k $m $m $m",
    "PFADD hll $m $n",
    "PFCOUNT hll $k",
    "PFMERGE $k hll $k",
    "XADD x $i f v",
    "XADD x NOMKSTREAM MAXLEN $n $i a 1",
    "XADD x MINID $o $i $i f v",
    "XRANGE x $i $i",
    "XRANGE x - + COUNT $n",
    "XREVRANGE x $i $i COUNT $n",
    "XDEL x $i $i",
    "XTRIM x MAXLEN $n",
    "XTRIM x MINID $i",
    "XTRIM x MAXLEN ~ $n LIMIT $n",
    "XREAD COUNT $n STREAMS x $k $i $i",
    "XREAD STREAMS x $i",
    "XLEN $k",
    "XGROUP CREATE x $m $i",
    "XGROUP CREATE $k g $i MKSTREAM",
    "XGROUP CREATE x g2 $ ENTRIESREAD $n",
    "XGROUP SETID x g $i",
    "XGROUP DESTROY x $m",
    "XGROUP CREATECONSUMER x g $m",
    "XGROUP DELCONSUMER x g $m",
    "XREADGROUP GROUP g c1 COUNT $n STREAMS x >",
    "XREADGROUP GROUP g $m STREAMS x $i",
    "XREADGROUP GROUP g c2 NOACK STREAMS x $k > $i",
    "XACK x g $i $i",
    "XPENDING x g",
    "XPENDING x g - + $n",
    "XPENDING x g $i $i 10 c1",
    "XINFO GROUPS x",
    "XINFO STREAM x",
    "XSETID x $i ENTRIESADDED $n",
    "XCLAIM x g $m 0 $i $i $o",
    "XCLAIM x g c2 0 1-1 2-0 JUSTID FORCE",
    "XAUTOCLAIM x g c3 0 $i COUNT $n",
    "XAUTOCLAIM x g c3 0 - $o",
    "DUMP $k",
    "RESTORE $k 0 $p",
    "RESTORE $k $n $p",
    "RESTORE $k 0 $p REPLACE",
    "RESTORE $k $n $p $o $o",
    "RESTORE $k 0 $p IDLETIME $n",
    "RESTORE $k 0 $p FREQ $n REPLACE",
    "RESTORE $k $n $p ABSTTL REPLACE",
    "RESTORE-ASKING $k 0 $p",
    "MIGRATE 127.0.0.1 1 $k 0 $n $o",
    "MIGRATE localhost 1 $k $n 100 COPY REPLACE AUTH $m",
    "COMMAND INFO $o GET xread $k",
    "COMMAND DOCS $o ZADD object",
    "COMMAND LIST FILTERBY ACLCAT Stream",
    "COMMAND LIST FILTERBY PATTERN $m",
    "COMMAND GETKEYS SET $k $m $o",
    "COMMAND GETKEYSANDFLAGS ZUNIONSTORE $k $n $k $k $o",
    "COMMAND GETKEYSANDFLAGS XREAD $o $n STREAMS $k $k $i $i",
    "COMMAND GETKEYS SORT $k $o $k STORE $k",
    "COMMAND GETKEYS EVAL $m $n $k $k",
];

/// Generates sequence number `index` of the run seeded `seed`.
pub fn sequence(seed: u64, index: u64, commands: &[(&str, i32)]) -> Vec<Command> {
    let mut choices = SeededChoices::new(seed.wrapping_add(index.wrapping_mul(0x9E37_79B9)));
    let mut sequence = Vec::new();
    for setup in SETUPS {
        let modelled = setup
            .split(' ')
            .next()
            .is_some_and(|name| is_modelled(commands, name));
        if choices.below(3) != 0 && modelled {
            sequence.push(split_words(setup));
        }
    }
    let steps = 4 + choices.below(8);
    for _ in 0..steps {
        let from_template = choices.below(3) == 0;
        let template = pick(&mut choices, TEMPLATES);
        let modelled = template
            .split(' ')
            .next()
            .is_some_and(|name| is_modelled(commands, name));
        if from_template && modelled {
            sequence.push(filled(&mut choices, template));
        } else {
            sequence.push(command(&mut choices, commands));
        }
    }
    sequence
}

fn is_modelled(commands: &[(&str, i32)], name: &str) -> bool {
    commands
        .iter()
        .any(|(known, _)| known.eq_ignore_ascii_case(name))
}

/// A template with its slots filled.
fn filled(choices: &mut dyn Choices, template: &str) -> Command {
    template
        .split(' ')
        .map(|word| {
            let pool = match word {
                "$k" => KEYS,
                "$m" => MEMBERS,
                "$n" => NUMBERS,
                "$i" => STREAM_IDS,
                "$o" => OPTIONS,
                "$p" => return unescape(pick(choices, PAYLOADS)),
                _ => return word.as_bytes().to_vec(),
            };
            pick(choices, pool).as_bytes().to_vec()
        })
        .collect()
}

/// Splits a setup command on spaces, reading `\xHH` escapes.
fn split_words(text: &str) -> Command {
    text.split(' ').map(unescape).collect()
}

fn unescape(word: &str) -> Vec<u8> {
    let bytes = word.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = bytes[index] == b'\\'
            && bytes.get(index + 1) == Some(&b'x')
            && index + 4 <= bytes.len();
        if escaped {
            if let Ok(value) = u8::from_str_radix(&word[index + 2..index + 4], 16) {
                out.push(value);
                index += 4;
                continue;
            }
        }
        out.push(bytes[index]);
        index += 1;
    }
    out
}

fn pick<'a>(choices: &mut dyn Choices, pool: &[&'a str]) -> &'a str {
    let count = u32::try_from(pool.len()).unwrap_or(u32::MAX);
    pool[choices.below(count) as usize]
}

fn command(choices: &mut dyn Choices, commands: &[(&str, i32)]) -> Command {
    let (name, arity) =
        commands[choices.below(u32::try_from(commands.len()).unwrap_or(1)) as usize];
    let minimum = arity.unsigned_abs().saturating_sub(1) as usize;
    let count = match choices.below(10) {
        // Now and then too few or too many words, for the arity checks.
        0 => minimum.saturating_sub(1 + choices.below(2) as usize),
        1 => minimum + 1 + choices.below(2) as usize,
        _ if arity < 0 => minimum + choices.below(6) as usize,
        _ => minimum,
    };
    let mut words = vec![spelling(choices, name)];
    for position in 0..count {
        words.push(argument(choices, position).into_bytes());
    }
    words
}

/// The command name, sometimes in upper or mixed case (Redis ignores case).
fn spelling(choices: &mut dyn Choices, name: &str) -> Vec<u8> {
    match choices.below(3) {
        0 => name.to_ascii_uppercase().into_bytes(),
        _ => name.as_bytes().to_vec(),
    }
}

fn argument(choices: &mut dyn Choices, position: usize) -> String {
    if position == 0 && choices.below(10) != 0 {
        return pick(choices, KEYS).to_string();
    }
    let word = match choices.below(20) {
        0..=4 => pick(choices, KEYS),
        5..=8 => pick(choices, MEMBERS),
        9..=13 => pick(choices, NUMBERS),
        14..=16 => pick(choices, OPTIONS),
        17..=18 => pick(choices, STREAM_IDS),
        _ => pick(choices, RANGES),
    };
    // Option words are case-insensitive; try them in lower case too.
    if choices.below(4) == 0 {
        word.to_ascii_lowercase()
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &[(&str, i32)] = &[("get", 2), ("set", -3), ("del", -2), ("rpush", -3)];

    #[test]
    fn sequences_are_reproducible_and_vary() {
        assert_eq!(sequence(7, 3, TABLE), sequence(7, 3, TABLE));
        assert_ne!(sequence(7, 3, TABLE), sequence(7, 4, TABLE));
    }

    #[test]
    fn commands_come_from_the_table() {
        for index in 0..50 {
            let generated = sequence(1, index, TABLE);
            let tail = &generated[generated.len() - 4..];
            for command in tail {
                let name = String::from_utf8_lossy(&command[0]).to_ascii_lowercase();
                assert!(TABLE.iter().any(|(known, _)| *known == name), "{name}");
            }
        }
    }

    #[test]
    fn escapes_in_setups_are_bytes() {
        assert_eq!(unescape("\\x0f\\xffz"), vec![0x0f, 0xff, b'z']);
    }
}
