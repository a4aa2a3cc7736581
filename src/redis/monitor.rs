//! Reading `MONITOR` lines: `<time> [<db> <client>] "arg" "arg" ...`, with arguments quoted
//! the way Redis's `sdscatrepr` quotes them. Commands a script ran show `lua` as the client.

/// One monitored command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonitoredCommand {
    /// `lua` for commands issued by a script, `<ip>:<port>` for client commands.
    pub client: String,
    pub args: Vec<Vec<u8>>,
}

impl MonitoredCommand {
    pub fn from_script(&self) -> bool {
        self.client == "lua"
    }
}

/// Parses one line (without its CRLF and without the `+` of the status reply it arrives as).
pub fn parse_monitor_line(line: &[u8]) -> Option<MonitoredCommand> {
    let open = line.iter().position(|&byte| byte == b'[')?;
    let close = open + line[open..].iter().position(|&byte| byte == b']')?;
    let inside = std::str::from_utf8(&line[open + 1..close]).ok()?;
    let (_, client) = inside.split_once(' ')?;
    let args = parse_quoted_words(&line[close + 1..])?;
    Some(MonitoredCommand {
        client: client.to_string(),
        args,
    })
}

fn parse_quoted_words(mut rest: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut words = Vec::new();
    loop {
        while let Some((b' ', tail)) = rest.split_first() {
            rest = tail;
        }
        let Some((b'"', mut tail)) = rest.split_first() else {
            return rest.is_empty().then_some(words);
        };
        let mut word = Vec::new();
        loop {
            let (&byte, after) = tail.split_first()?;
            tail = after;
            match byte {
                b'"' => break,
                b'\\' => {
                    let (&escaped, after) = tail.split_first()?;
                    tail = after;
                    word.push(match escaped {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'a' => 0x07,
                        b'b' => 0x08,
                        b'x' => {
                            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
                            tail = &tail[2..];
                            u8::from_str_radix(hex, 16).ok()?
                        }
                        other => other,
                    });
                }
                other => word.push(other),
            }
        }
        words.push(word);
        rest = tail;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_script_commands_with_escapes() {
        let line = br#"1795691221.938855 [0 lua] "SET" "k\"q" "a\nb\x00c\\""#;
        let command = parse_monitor_line(line).expect("parses");
        assert!(command.from_script());
        assert_eq!(
            command.args,
            vec![b"SET".to_vec(), b"k\"q".to_vec(), b"a\nb\x00c\\".to_vec()]
        );
    }

    #[test]
    fn parses_client_commands_and_rejects_garbage() {
        let command =
            parse_monitor_line(br#"1.0 [0 127.0.0.1:41290] "echo" "hi""#).expect("parses");
        assert_eq!(command.client, "127.0.0.1:41290");
        assert!(!command.from_script());
        assert_eq!(parse_monitor_line(b"OK"), None);
        assert_eq!(parse_monitor_line(br#"1.0 [0 lua] "unterminated"#), None);
        assert_eq!(parse_monitor_line(br#"1.0 [0 lua] "bad\x4""#), None);
    }
}
