//! Compiler tests against PUC-Rio Lua 5.1.5.
//!
//! `golden/*.lua` were listed once with `luac5.1 -l -l -p NAME.lua` into `golden/*.lst`;
//! the listings of our compiler must match them exactly, addresses aside.

use std::path::PathBuf;

use super::{compile, compile_nested};
use crate::bytecode::{dump, listing, undump};

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/compiler/golden")
}

/// Replaces `0x...` addresses (which differ from run to run) with a fixed marker.
fn normalise_addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0' && bytes.get(i + 1) == Some(&b'x') {
            let mut end = i + 2;
            while end < bytes.len() && bytes[end].is_ascii_hexdigit() {
                end += 1;
            }
            out.push_str("ADDR");
            i = end;
        } else {
            out.push(bytes[i] as char);
            i += 1;
        }
    }
    out
}

fn golden_cases() -> Vec<(String, Vec<u8>, String)> {
    let mut cases = Vec::new();
    let entries = std::fs::read_dir(golden_dir()).expect("golden directory");
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("lua") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(&path).expect("golden source");
        let expected = std::fs::read_to_string(path.with_extension("lst")).expect("golden listing");
        cases.push((name, source, expected));
    }
    cases.sort();
    cases
}

#[test]
fn listings_match_luac() {
    let cases = golden_cases();
    assert!(cases.len() >= 30, "golden snippets missing");
    let mut failures = Vec::new();
    for (name, source, expected) in &cases {
        let chunk_name = format!("@{}", name);
        let actual = match compile(source, chunk_name.as_bytes()) {
            Ok(proto) => listing(&proto, true),
            Err(e) => format!("compile error: {}", e),
        };
        if normalise_addresses(&actual) != normalise_addresses(expected) {
            failures.push(format!(
                "--- {}\nexpected:\n{}\nactual:\n{}",
                name, expected, actual
            ));
        }
    }
    eprintln!(
        "golden listings: {} of {} match luac5.1",
        cases.len() - failures.len(),
        cases.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dump_round_trips_golden_snippets() {
    for (name, source, _) in golden_cases() {
        let chunk_name = format!("@{}", name);
        let proto = compile(&source, chunk_name.as_bytes()).unwrap();
        for strip in [false, true] {
            let bytes = dump(&proto, strip);
            let loaded = undump(&bytes, b"=test").unwrap_or_else(|e| panic!("{}: {}", name, e));
            assert_eq!(dump(&loaded, strip), bytes, "{}", name);
            if !strip {
                assert_eq!(loaded, proto, "{}", name);
            }
        }
    }
}

#[test]
fn dump_matches_luac_bytes() {
    // golden/NAME.luac and NAME.sluac were written by `luac5.1 [-s] -o`.
    for (name, source, _) in golden_cases() {
        let proto = compile(&source, format!("@{}", name).as_bytes()).unwrap();
        let stem = name.trim_end_matches(".lua");
        for (strip, extension) in [(false, "luac"), (true, "sluac")] {
            let path = golden_dir().join(format!("{}.{}", stem, extension));
            let expected = std::fs::read(path).expect("luac output");
            assert!(dump(&proto, strip) == expected, "{} ({})", name, extension);
        }
    }
}

#[test]
fn setlist_batch_beyond_c_goes_in_an_extra_word() {
    // 25600 items make 512 batches of 50, one more than C can hold. Expected lines are
    // from `luac5.1 -l` on the same source.
    let source = format!("local t = {{{}}}\n", vec!["true"; 25600].join(","));
    let proto = compile(source.as_bytes(), b"@big.lua").unwrap();
    let text = normalise_addresses(&listing(&proto, false));
    assert!(text.starts_with(
        "\nmain <big.lua:0,0> (26115 instructions, 104460 bytes at ADDR)\n\
         0+ params, 51 slots, 0 upvalues, 1 local, 0 constants, 0 functions\n\
         \t1\t[1]\tNEWTABLE \t0 101 0\n"
    ));
    assert!(
        text.ends_with("\t26113\t[1]\tSETLIST  \t0 50 0\t; 512\n\t26115\t[1]\tRETURN   \t0 1\n")
    );
    assert_eq!(
        undump(&dump(&proto, false), b"=big").unwrap(),
        proto,
        "the extra word survives a dump"
    );
}

/// `loadstring` runs at C-call depth 2 under the `lua5.1` interpreter, where the expected
/// messages were produced.
fn message(source: &[u8]) -> String {
    match compile_nested(source, source, 2) {
        Ok(_) => "ok".to_string(),
        Err(e) => String::from_utf8_lossy(&e.message).into_owned(),
    }
}

/// Syntax errors (and a few accepted oddities, "ok") as `loadstring` reports them in
/// lua5.1, produced once with `lua5.1` and pasted here.
const SYNTAX_CASES: &[(&[u8], &[u8])] = &[
    (b"x = = 1", b"[string \x22x = = 1\x22]:1: unexpected symbol near '='"),
    (b"goto x", b"[string \x22goto x\x22]:1: '=' expected near 'x'"),
    (b"x = 1 // 2", b"[string \x22x = 1 // 2\x22]:1: unexpected symbol near '/'"),
    (b"x = a & b", b"[string \x22x = a & b\x22]:1: unexpected symbol near '&'"),
    (b"x = a | b", b"[string \x22x = a | b\x22]:1: unexpected symbol near '|'"),
    (b"x = ~a", b"[string \x22x = ~a\x22]:1: unexpected symbol near '~'"),
    (b"x = a << 1", b"[string \x22x = a << 1\x22]:1: unexpected symbol near '<'"),
    (b"::l::", b"[string \x22::l::\x22]:1: unexpected symbol near ':'"),
    (b"x = 3x", b"[string \x22x = 3x\x22]:1: malformed number near '3x'"),
    (b"x = '\x5c400'", b"[string \x22x = '\x5c400'\x22]:1: escape sequence too large near '''"),
    (b"x = 'ab\x5c256c'", b"[string \x22x = 'ab\x5c256c'\x22]:1: escape sequence too large near ''ab'"),
    (b"x = [=[ abc", b"[string \x22x = [=[ abc\x22]:1: unfinished long string near '<eof>'"),
    (b"--[[ abc", b"[string \x22--[[ abc\x22]:1: unfinished long comment near '<eof>'"),
    (b"x = 'abc", b"[string \x22x = 'abc\x22]:1: unfinished string near '<eof>'"),
    (b"x = \x22abc\x0adef\x22", b"[string \x22x = \x22abc...\x22]:1: unfinished string near '\x22abc'"),
    (b"x = [==x", b"[string \x22x = [==x\x22]:1: invalid long string delimiter near '[=='"),
    (b"f\x0a(1)", b"[string \x22f...\x22]:2: ambiguous syntax (function call x new statement) near '('"),
    (b"function f() return ... end", b"[string \x22function f() return ... end\x22]:1: cannot use '...' outside a vararg function near '...'"),
    (b"break", b"[string \x22break\x22]:1: no loop to break near '<eof>'"),
    (b"local function end", b"[string \x22local function end\x22]:1: '<name>' expected near 'end'"),
    (b"f:x 1", b"[string \x22f:x 1\x22]:1: function arguments expected near '1'"),
    (b"x.1 = 2", b"[string \x22x.1 = 2\x22]:1: '=' expected near '.1'"),
    (b"for i do end", b"[string \x22for i do end\x22]:1: '=' or 'in' expected near 'do'"),
    (b"if x then", b"[string \x22if x then\x22]:1: 'end' expected near '<eof>'"),
    (b"local t = {a=1, b= }", b"[string \x22local t = {a=1, b= }\x22]:1: unexpected symbol near '}'"),
    (b"return return", b"[string \x22return return\x22]:1: unexpected symbol near 'return'"),
    (b"x = 0x", b"[string \x22x = 0x\x22]:1: malformed number near '0x'"),
    (b"x = 1e", b"[string \x22x = 1e\x22]:1: malformed number near '1e'"),
    (b"x = 1..2", b"[string \x22x = 1..2\x22]:1: malformed number near '1..2'"),
    (b"a.b:c = 1", b"[string \x22a.b:c = 1\x22]:1: function arguments expected near '='"),
    (b"x = '\x5c", b"[string \x22x = '\x5c\x22]:1: unfinished string near '<eof>'"),
    (b"f() = 1", b"[string \x22f() = 1\x22]:1: unexpected symbol near '='"),
    (b"(f) = 1", b"[string \x22(f) = 1\x22]:1: syntax error near '='"),
    (b"x = \x01", b"[string \x22x = \x01\x22]:1: unexpected symbol near 'char(1)'"),
    (b"x = \xc8", b"[string \x22x = \xc8\x22]:1: unexpected symbol near '\xc8'"),
    (b"x = [[ a [[ b ]]", b"[string \x22x = [[ a [[ b ]]\x22]:1: nesting of [[...]] is deprecated near '['"),
    (b"local x 'a'", b"[string \x22local x 'a'\x22]:1: unexpected symbol near ''a''"),
    (b"x = 1 'a\x5c0b' c", b"[string \x22x = 1 'a\x5c0b' c\x22]:1: unexpected symbol near ''a'"),
    (b"x = \x22a\x5c0b", b"[string \x22x = \x22a\x5c0b\x22]:1: unfinished string near '<eof>'"),
    (b"x = 1\x00", b"ok"),
    (b"x = 1\x00 y", b"[string \x22x = 1\x22]:1: '=' expected near '<eof>'"),
    (b"x = \x00", b"[string \x22x = \x22]:1: unexpected symbol"),
    (b"function f(a,) end", b"[string \x22function f(a,) end\x22]:1: <name> or '...' expected near ')'"),
    (b"function f(1) end", b"[string \x22function f(1) end\x22]:1: <name> or '...' expected near '1'"),
    (b"function f(..., a) end", b"[string \x22function f(..., a) end\x22]:1: ')' expected near ','"),
    (b"local function f.x() end", b"[string \x22local function f.x() end\x22]:1: '(' expected near '.'"),
    (b"function f:a:b() end", b"[string \x22function f:a:b() end\x22]:1: '(' expected near ':'"),
    (b"while true do", b"[string \x22while true do\x22]:1: 'end' expected near '<eof>'"),
    (b"while true", b"[string \x22while true\x22]:1: 'do' expected near '<eof>'"),
    (b"repeat x = 1", b"[string \x22repeat x = 1\x22]:1: 'until' expected near '<eof>'"),
    (b"for i = 1 do end", b"[string \x22for i = 1 do end\x22]:1: ',' expected near 'do'"),
    (b"for i = 1, 2 end", b"[string \x22for i = 1, 2 end\x22]:1: 'do' expected near 'end'"),
    (b"for a, b = 1, 2 do end", b"[string \x22for a, b = 1, 2 do end\x22]:1: 'in' expected near '='"),
    (b"for a.b in x do end", b"[string \x22for a.b in x do end\x22]:1: '=' or 'in' expected near '.'"),
    (b"if x then else elseif y then end", b"[string \x22if x then else elseif y then end\x22]:1: 'end' expected near 'elseif'"),
    (b"do end end", b"[string \x22do end end\x22]:1: '<eof>' expected near 'end'"),
    (b"local", b"[string \x22local\x22]:1: '<name>' expected near '<eof>'"),
    (b"local 1", b"[string \x22local 1\x22]:1: '<name>' expected near '1'"),
    (b"local a,", b"[string \x22local a,\x22]:1: '<name>' expected near '<eof>'"),
    (b"x = function", b"[string \x22x = function\x22]:1: '(' expected near '<eof>'"),
    (b"x = function() ", b"[string \x22x = function() \x22]:1: 'end' expected near '<eof>'"),
    (b"return 1,", b"[string \x22return 1,\x22]:1: unexpected symbol near '<eof>'"),
    (b"t = {1 2}", b"[string \x22t = {1 2}\x22]:1: '}' expected near '2'"),
    (b"t = {[1] 2}", b"[string \x22t = {[1] 2}\x22]:1: '=' expected near '2'"),
    (b"t = {[1 = 2}", b"[string \x22t = {[1 = 2}\x22]:1: ']' expected near '='"),
    (b"x = a.", b"[string \x22x = a.\x22]:1: '<name>' expected near '<eof>'"),
    (b"x = a:", b"[string \x22x = a:\x22]:1: '<name>' expected near '<eof>'"),
    (b"x = a:b", b"[string \x22x = a:b\x22]:1: function arguments expected near '<eof>'"),
    (b"x = a[1", b"[string \x22x = a[1\x22]:1: ']' expected near '<eof>'"),
    (b"x = (1", b"[string \x22x = (1\x22]:1: ')' expected near '<eof>'"),
    (b"x = #", b"[string \x22x = #\x22]:1: unexpected symbol near '<eof>'"),
    (b"x = not", b"[string \x22x = not\x22]:1: unexpected symbol near '<eof>'"),
    (b"x = 1 +", b"[string \x22x = 1 +\x22]:1: unexpected symbol near '<eof>'"),
    (b"x = y z", b"[string \x22x = y z\x22]:1: '=' expected near '<eof>'"),
    (b"f(", b"[string \x22f(\x22]:1: unexpected symbol near '<eof>'"),
    (b"f(1,", b"[string \x22f(1,\x22]:1: unexpected symbol near '<eof>'"),
    (b"f(1 2)", b"[string \x22f(1 2)\x22]:1: ')' expected near '2'"),
    (b"x = {", b"[string \x22x = {\x22]:1: unexpected symbol near '<eof>'"),
    (b"x = }", b"[string \x22x = }\x22]:1: unexpected symbol near '}'"),
    (b"...", b"[string \x22...\x22]:1: unexpected symbol near '...'"),
    (b"function f() x = ... end", b"[string \x22function f() x = ... end\x22]:1: cannot use '...' outside a vararg function near '...'"),
    (b"local t = {...}", b"ok"),
    (b"x = 'unterminated\x5c", b"[string \x22x = 'unterminated\x5c\x22]:1: unfinished string near '<eof>'"),
    (b"x = \x22\x5cz\x22", b"ok"),
    (b"x = '\x5cx41'", b"ok"),
    (b"--[==[ unterminated", b"[string \x22--[==[ unterminated\x22]:1: unfinished long comment near '<eof>'"),
    (b"x = [[\x0aunterminated", b"[string \x22x = [[...\x22]:2: unfinished long string near '<eof>'"),
    (b"if x then\x0afoo()\x0aelse\x0abar()\x0a", b"[string \x22if x then...\x22]:5: 'end' expected (to close 'if' at line 1) near '<eof>'"),
    (b"function f()\x0a\x0ax = 1\x0a", b"[string \x22function f()...\x22]:4: 'end' expected (to close 'function' at line 1) near '<eof>'"),
    (b"do\x0alocal x\x0a", b"[string \x22do...\x22]:3: 'end' expected (to close 'do' at line 1) near '<eof>'"),
    (b"f(\x0a1,\x0a2\x0a", b"[string \x22f(...\x22]:4: ')' expected (to close '(' at line 1) near '<eof>'"),
    (b"t = {\x0a1,\x0a2\x0a", b"[string \x22t = {...\x22]:4: '}' expected (to close '{' at line 1) near '<eof>'"),
    (b"x = (\x0a1\x0a", b"[string \x22x = (...\x22]:3: ')' expected (to close '(' at line 1) near '<eof>'"),
    (b"while x do\x0aend\x0aend", b"[string \x22while x do...\x22]:3: '<eof>' expected near 'end'"),
    (b"x = 1 y = 2", b"ok"),
    (b"x, y = 1, 2, 3; z", b"[string \x22x, y = 1, 2, 3; z\x22]:1: '=' expected near '<eof>'"),
    (b"local a <const> = 1", b"[string \x22local a <const> = 1\x22]:1: unexpected symbol near '<'"),
    (b"x = 1; ;", b"[string \x22x = 1; ;\x22]:1: unexpected symbol near ';'"),
    (b"return 1; x = 2", b"[string \x22return 1; x = 2\x22]:1: '<eof>' expected near 'x'"),
    (b"break; x = 1", b"[string \x22break; x = 1\x22]:1: no loop to break near ';'"),
    (b"for i = 1, 2 do break; x = 1 end", b"[string \x22for i = 1, 2 do break; x = 1 end\x22]:1: 'end' expected near 'x'"),
    (b"x = 5 .. 6", b"ok"),
    (b"x = 5..6", b"[string \x22x = 5..6\x22]:1: malformed number near '5..6'"),
    (b"x = 1.2.3", b"[string \x22x = 1.2.3\x22]:1: malformed number near '1.2.3'"),
    (b"x = 08", b"ok"),
    (b"x = 0x1p4", b"ok"),
    (b"x = 1e+", b"[string \x22x = 1e+\x22]:1: malformed number near '1e+'"),
    (b"x = .5e", b"[string \x22x = .5e\x22]:1: malformed number near '.5e'"),
    (b"x = 3.", b"ok"),
    (b"x = 0xg", b"[string \x22x = 0xg\x22]:1: malformed number near '0xg'"),
    (b"a.b.c", b"[string \x22a.b.c\x22]:1: '=' expected near '<eof>'"),
    (b"a", b"[string \x22a\x22]:1: '=' expected near '<eof>'"),
    (b"a.b", b"[string \x22a.b\x22]:1: '=' expected near '<eof>'"),
    (b"a[1]", b"[string \x22a[1]\x22]:1: '=' expected near '<eof>'"),
    (b"1 = x", b"[string \x221 = x\x22]:1: unexpected symbol near '1'"),
    (b"'s' = x", b"[string \x22's' = x\x22]:1: unexpected symbol near ''s''"),
    (b"nil = 1", b"[string \x22nil = 1\x22]:1: unexpected symbol near 'nil'"),
    (b"x.y:z()", b"ok"),
    (b"x = y:z", b"[string \x22x = y:z\x22]:1: function arguments expected near '<eof>'"),
    (b"local x = 1 local y = x +", b"[string \x22local x = 1 local y = x +\x22]:1: unexpected symbol near '<eof>'"),
    (b"x = [=", b"[string \x22x = [=\x22]:1: invalid long string delimiter near '[='"),
    (b"x = [==[ a ]=] ]==]", b"ok"),
    (b"x = ]", b"[string \x22x = ]\x22]:1: unexpected symbol near ']'"),
    (b"x = @", b"[string \x22x = @\x22]:1: unexpected symbol near '@'"),
    (b"x = $", b"[string \x22x = $\x22]:1: unexpected symbol near '$'"),
    (b"x = `", b"[string \x22x = `\x22]:1: unexpected symbol near '`'"),
    (b"x = \x5c", b"[string \x22x = \x5c\x22]:1: unexpected symbol near '\x5c'"),
    (b"x = !", b"[string \x22x = !\x22]:1: unexpected symbol near '!'"),
    (b"x = ?", b"[string \x22x = ?\x22]:1: unexpected symbol near '?'"),
    (b"x = '\x5c9999'", b"[string \x22x = '\x5c9999'\x22]:1: escape sequence too large near '''"),
    (b"\x1bLua", b"binary string: unexpected end in precompiled chunk"),
    (b"#!shebang\x0ax = 1", b"[string \x22#!shebang...\x22]:1: unexpected symbol near '#'"),
    (b"x = 1 --[[ unclosed", b"[string \x22x = 1 --[[ unclosed\x22]:1: unfinished long comment near '<eof>'"),
    (b"return (...)", b"ok"),
    (b"local function f(...) return arg end", b"ok"),
    (b"if a then elseif end", b"[string \x22if a then elseif end\x22]:1: unexpected symbol near 'end'"),
    (b"x = a == ", b"[string \x22x = a == \x22]:1: unexpected symbol near '<eof>'"),
    (b"x = -", b"[string \x22x = -\x22]:1: unexpected symbol near '<eof>'"),
    (b"local a, b, c = ", b"[string \x22local a, b, c = \x22]:1: unexpected symbol near '<eof>'"),
    (b"f{", b"[string \x22f{\x22]:1: unexpected symbol near '<eof>'"),
    (b"f{x=}", b"[string \x22f{x=}\x22]:1: unexpected symbol near '}'"),
    (b"f{x y}", b"[string \x22f{x y}\x22]:1: '}' expected near 'y'"),
    (b"f{[x]=1,,}", b"[string \x22f{[x]=1,,}\x22]:1: unexpected symbol near ','"),
    (b"x = {;}", b"[string \x22x = {;}\x22]:1: unexpected symbol near ';'"),
    (b"x = {,}", b"[string \x22x = {,}\x22]:1: unexpected symbol near ','"),
    (b"x = {1;2,3;}", b"ok"),
    (b"function a.b.c:d.e() end", b"[string \x22function a.b.c:d.e() end\x22]:1: '(' expected near '.'"),
    (b"return\x0a", b"ok"),
    (b"return;", b"ok"),
    (b"return 1\x0ax=2", b"[string \x22return 1...\x22]:2: '<eof>' expected near 'x'"),
    (b"x = a.b.c.d.e.f.g:h", b"[string \x22x = a.b.c.d.e.f.g:h\x22]:1: function arguments expected near '<eof>'"),
    (b"x = 'a\x5c\x0ab'", b"ok"),
    (b"x = 'a\x5c\x0d\x0ab'", b"ok"),
    (b"x = '\x5ca\x5cb\x5cf\x5cn\x5cr\x5ct\x5cv\x5c\x5c\x5c\x22\x5c''", b"ok"),
];

#[test]
fn syntax_error_messages_match_lua51() {
    let mut failures = Vec::new();
    for (source, expected) in SYNTAX_CASES {
        let expected = String::from_utf8_lossy(expected).into_owned();
        let actual = message(source);
        if actual != expected {
            failures.push(format!(
                "{:?}\n  expected: {}\n  actual:   {}",
                String::from_utf8_lossy(source),
                expected,
                actual
            ));
        }
    }
    eprintln!(
        "syntax messages: {} of {} match lua5.1",
        SYNTAX_CASES.len() - failures.len(),
        SYNTAX_CASES.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn lines(prefix: &str, count: usize) -> String {
    (1..=count)
        .map(|i| format!("{}{}=1", prefix, i))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn limits_match_lua51() {
    let upvalue_source = format!(
        "{}\nlocal function f() local x = 0\n{}\nend",
        lines("local u", 61),
        (1..=61)
            .map(|i| format!("x = u{}", i))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let cases: Vec<(String, &str)> = vec![
        (
            lines("local a", 201),
            "[string \"local a1=1...\"]:201: main function has more than 200 local variables",
        ),
        (lines("local a", 200), "ok"),
        (
            upvalue_source,
            "[string \"local u1=1...\"]:124: function at line 62 has more than 60 upvalues",
        ),
        (
            format!("f({}1)", "1,".repeat(299)),
            "[string \"f(1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1...\"]:1: function or expression too complex near '1'",
        ),
        (
            format!("x = {}a", "a..".repeat(299)),
            "[string \"x = a..a..a..a..a..a..a..a..a..a..a..a..a..a..a..a..a..a..a..a....\"]:1: chunk has too many syntax levels",
        ),
        (
            format!("x = {}1{}", "(".repeat(197), ")".repeat(197)),
            "[string \"x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((...\"]:1: chunk has too many syntax levels",
        ),
        (format!("x = {}1{}", "(".repeat(196), ")".repeat(196)), "ok"),
        (
            format!("{}a = 1", "a,".repeat(198)),
            "[string \"a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a,a...\"]:1: main function has more than 197 variables in assignment",
        ),
        (format!("{}a = 1", "a,".repeat(197)), "ok"),
        (
            format!("if x then {}end", "y = 1 ".repeat(65536)),
            "[string \"if x then y = 1 y = 1 y = 1 y = 1 y = 1 y = 1 y = 1 y = 1 y = 1...\"]:1: control structure too long near '<eof>'",
        ),
        (format!("if x then {}end", "y = 1 ".repeat(65534)), "ok"),
        (
            format!(
                "x = {{{}}}",
                (1..=262144).map(|i| i.to_string()).collect::<Vec<_>>().join(",")
            ),
            "constant table overflow",
        ),
        ("do local a end ".repeat(32768), "too many local variables"),
        ("do local a end ".repeat(32767), "ok"),
        (
            format!("{}{}", "x = function() ".repeat(197), " end".repeat(197)),
            "[string \"x = function() x = function() x = function() x = function() x =...\"]:1: chunk has too many syntax levels",
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(message(source.as_bytes()), expected);
    }
}

/// Runs `f` on a thread with a 2 MB stack, the size test threads get.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("spawn test thread")
        .join()
        .expect("test thread panicked");
}

/// A small deterministic generator (xorshift64*), enough to make varied inputs.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn deep_nesting_reports_syntax_levels_without_overflowing_the_stack() {
    on_small_stack(|| {
        let n = 100_000;
        let sources = [
            "(".repeat(n),
            format!("x = {}", "(".repeat(n)),
            format!("x = {}", "{".repeat(n)),
            format!("x = {}1", "not ".repeat(n)),
            format!("x = {}1", "- ".repeat(n)),
            "function f() ".repeat(n),
            "do ".repeat(n),
            "while x do ".repeat(n),
            "if x then ".repeat(n),
            "repeat ".repeat(n),
            format!("x = {}", "f(".repeat(n)),
            format!("x = {}", "a..".repeat(n)),
            format!("x = {}", "2^".repeat(n)),
            format!("x = {}", "function() return ".repeat(n)),
        ];
        for source in sources {
            let error = compile_nested(source.as_bytes(), b"=deep", 0).unwrap_err();
            let text = String::from_utf8_lossy(&error.message).into_owned();
            assert!(
                text.contains("chunk has too many syntax levels"),
                "{}: {}",
                &source[..20],
                text
            );
        }
        // Long but flat constructs are fine.
        let flat = format!("x = a{}", ".b".repeat(n));
        assert!(compile(flat.as_bytes(), b"=flat").is_ok());
        let items = format!("x = {{{}}}", "1,".repeat(n));
        assert!(compile(items.as_bytes(), b"=items").is_ok());
    });
}

#[test]
fn arbitrary_input_never_panics() {
    on_small_stack(|| {
        let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
        let random: Vec<u8> = (0..1 << 20).map(|_| noise.next() as u8).collect();
        let _ = compile(&random, b"=random");
        let _ = compile(&random[1..], b"=random");
        // Token soup reaches much deeper into the parser than random bytes do.
        const WORDS: &[&str] = &[
            "local", "function", "end", "if", "then", "else", "elseif", "while", "do", "for", "in",
            "repeat", "until", "return", "break", "and", "or", "not", "nil", "true", "false",
            "...", "..", "=", "==", "~=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "^", "#",
            "(", ")", "{", "}", "[", "]", ";", ":", ",", ".", "x", "y", "f", "t", "1", "2.5",
            "0x10", "'s'", "[[long]]", "\n", "--c\n", "self", "arg",
        ];
        for _ in 0..3000 {
            let count = 1 + noise.below(60);
            let soup: Vec<&str> = (0..count)
                .map(|_| WORDS[noise.below(WORDS.len())])
                .collect();
            let source = soup.join(" ");
            if let Ok(proto) = compile(source.as_bytes(), b"=soup") {
                exercise_proto(&proto);
            }
        }
        // Mutated valid programs (the small ones: each result is inspected exhaustively).
        for (_, source, _) in golden_cases().into_iter().filter(|c| c.1.len() < 2000) {
            for _ in 0..40 {
                let mut mutated = source.clone();
                for _ in 0..1 + noise.below(4) {
                    let at = noise.below(mutated.len());
                    match noise.below(3) {
                        0 => mutated[at] = noise.next() as u8,
                        1 => {
                            mutated.remove(at);
                        }
                        _ => mutated.insert(at, WORDS[noise.below(WORDS.len())].as_bytes()[0]),
                    }
                }
                if let Ok(proto) = compile(&mutated, b"=mutated") {
                    exercise_proto(&proto);
                }
            }
        }
    });
}

/// Runs every inspection function over every instruction and register of a compiled
/// function: compiled code must always pass the checker and never make them panic.
fn exercise_proto(proto: &crate::bytecode::Proto) {
    assert!(crate::bytecode::code_is_valid(proto));
    for pc in 0..proto.code.len() {
        for reg in 0..u32::from(proto.max_stack_size) {
            let _ = crate::bytecode::register_name(proto, pc, reg);
        }
        let _ = crate::bytecode::called_function_name(proto, pc);
    }
    let _ = listing(proto, true);
    for child in &proto.protos {
        exercise_proto(child);
    }
}

#[test]
fn corrupted_binary_chunks_are_rejected_without_panicking() {
    on_small_stack(|| {
        let mut noise = Noise(0x1234_5678_9abc_def1);
        for (name, source, _) in golden_cases().into_iter().filter(|c| c.1.len() < 2000) {
            let proto = compile(&source, format!("@{}", name).as_bytes()).unwrap();
            exercise_proto(&proto);
            let bytes = dump(&proto, noise.below(2) == 0);
            for cut in [0, 5, 12, 13, bytes.len() / 2, bytes.len() - 1] {
                assert!(undump(&bytes[..cut], b"=cut").is_err());
            }
            for _ in 0..200 {
                let mut corrupted = bytes.clone();
                for _ in 0..1 + noise.below(3) {
                    let at = 12 + noise.below(corrupted.len() - 12);
                    corrupted[at] = noise.next() as u8;
                }
                if let Ok(loaded) = undump(&corrupted, b"=corrupted") {
                    exercise_loaded(&loaded);
                }
            }
        }
    });
}

/// Like `exercise_proto` for loaded code, which passed the checker function by function.
fn exercise_loaded(proto: &crate::bytecode::Proto) {
    for pc in 0..proto.code.len() {
        for reg in 0..u32::from(proto.max_stack_size) {
            let _ = crate::bytecode::register_name(proto, pc, reg);
        }
        let _ = crate::bytecode::called_function_name(proto, pc);
    }
    let _ = listing(proto, true);
    for child in &proto.protos {
        exercise_loaded(child);
    }
}

#[test]
fn undump_messages() {
    let proto = compile(b"return 1", b"=x").unwrap();
    let bytes = dump(&proto, false);
    let mut bad_header = bytes.clone();
    bad_header[4] = 0x52;
    assert_eq!(
        undump(&bad_header, b"=chunk").unwrap_err().message,
        b"chunk: bad header in precompiled chunk"
    );
    assert_eq!(
        undump(&bytes[..20], b"@f.luac").unwrap_err().message,
        b"f.luac: unexpected end in precompiled chunk"
    );
    assert_eq!(
        undump(&bytes[..3], &bytes).unwrap_err().message,
        b"binary string: unexpected end in precompiled chunk"
    );
    // A RETURN whose register is beyond the stack size.
    let mut bad_code = proto.clone();
    bad_code.code[0].set_a(200);
    assert_eq!(
        undump(&dump(&bad_code, true), b"=c").unwrap_err().message,
        b"c: bad code in precompiled chunk"
    );
    // `compile` hands binary chunks to the loader, as lua_load does.
    assert_eq!(compile(&bytes, b"=x").unwrap(), proto);
}

/// The first instruction with opcode `op` in `proto`.
fn find(proto: &crate::bytecode::Proto, op: crate::bytecode::OpCode) -> usize {
    proto
        .code
        .iter()
        .position(|i| i.opcode() == Some(op))
        .expect("instruction present")
}

fn name_of(kind: &'static str, name: &str) -> Option<(&'static str, Vec<u8>)> {
    Some((kind, name.as_bytes().to_vec()))
}

#[test]
fn names_match_lua51_messages() {
    use crate::bytecode::{called_function_name, local_name, register_name, OpCode};
    // Each case was checked against lua5.1's "attempt to call/index <kind> '<name>'".
    let call = |source: &str| {
        let proto = compile(source.as_bytes(), b"=names").unwrap();
        let pc = find(&proto, OpCode::Call);
        called_function_name(&proto, pc)
    };
    assert_eq!(call("local a; (a)()"), name_of("local", "a"));
    assert_eq!(
        call("undefinedglobal()"),
        name_of("global", "undefinedglobal")
    );
    assert_eq!(
        call("local t = {} t:nomethod()"),
        name_of("method", "nomethod")
    );
    assert_eq!(call("local t = {} t[1]()"), name_of("field", "?"));
    assert_eq!(
        call("local t = {} local k = 'a' t[k]()"),
        name_of("field", "?")
    );
    assert_eq!(call("local t = {} t.f()"), name_of("field", "f"));
    // The second call calls the first one's result, which has no name.
    let chained = compile(b"local x = f()()", b"=names").unwrap();
    let second = chained
        .code
        .iter()
        .rposition(|i| i.opcode() == Some(OpCode::Call))
        .unwrap();
    assert_eq!(called_function_name(&chained, second), None);

    let upvalue = compile(b"local u; local function f() u() end f()", b"=names").unwrap();
    let inner = &upvalue.protos[0];
    assert_eq!(
        called_function_name(inner, find(inner, OpCode::Call)),
        name_of("upvalue", "u")
    );

    // "attempt to index field 'y'": the table operand of the SETTABLE.
    let index = compile(b"x = {} x.y.z = 1", b"=names").unwrap();
    let pc = find(&index, OpCode::SetTable);
    let table_reg = index.code[pc].a();
    assert_eq!(register_name(&index, pc, table_reg), name_of("field", "y"));

    // 5.1 names a generic-for iterator by its hidden local.
    let generic = compile(b"for k in next, 1 do end", b"=names").unwrap();
    let pc = find(&generic, OpCode::TForLoop);
    assert_eq!(
        called_function_name(&generic, pc),
        name_of("local", "(for generator)")
    );

    // luac: a and b are active over pcs 2..4 (0-based, end excluded); c over none.
    let locals = compile(b"local a, b = 1, 2 do local c = 3 end local d", b"=names").unwrap();
    assert_eq!(local_name(&locals, 1, 1), None);
    assert_eq!(local_name(&locals, 2, 2), Some(&b"b"[..]));
    assert_eq!(local_name(&locals, 3, 3), None);
    assert_eq!(local_name(&locals, 1, 3), Some(&b"a"[..]));
    assert_eq!(local_name(&locals, 1, 4), None);
}

#[test]
fn first_line_comment_is_skipped_for_files_only() {
    let source = b"#!/usr/bin/lua\nreturn x +";
    let text = super::skip_first_line_comment(source);
    let error = compile(&text, b"@script.lua").unwrap_err();
    assert_eq!(
        String::from_utf8_lossy(&error.message),
        "script.lua:2: unexpected symbol near '<eof>'"
    );
    assert!(compile(source, b"=s").is_err());
}
