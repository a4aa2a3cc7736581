//! A small RESP client: commands out as arrays of bulk strings, replies in as
//! [`ferrous_redis_model::Reply`]. Enough to drive a local `redis-server` for the bench; it reads
//! RESP3's types too, for connections switched over with `HELLO 3`.

use ferrous_redis_model::Reply;
use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

/// Longest bulk string or array the client accepts from the server (a guard against garbage).
const MAX_LENGTH: i64 = 512 << 20;

/// One connection to a Redis server.
pub struct Connection {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Connection {
    pub fn open(port: u16, timeout: Duration) -> io::Result<Connection> {
        let stream = TcpStream::connect(("127.0.0.1", port))?;
        stream.set_read_timeout(Some(timeout))?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            reader: BufReader::new(stream.try_clone()?),
            writer: stream,
        })
    }

    pub fn set_read_timeout(&self, timeout: Option<Duration>) -> io::Result<()> {
        self.writer.set_read_timeout(timeout)
    }

    /// Sends one command without waiting for its reply.
    pub fn send(&mut self, args: &[&[u8]]) -> io::Result<()> {
        self.writer.write_all(&encode_command(args))
    }

    /// Reads the next reply.
    pub fn read_reply(&mut self) -> io::Result<Reply> {
        read_reply(&mut self.reader)
    }

    /// Sends a command and reads its reply.
    pub fn call(&mut self, args: &[&[u8]]) -> io::Result<Reply> {
        self.send(args)?;
        self.read_reply()
    }

    /// Reads one CRLF-terminated line (as MONITOR sends them), without the terminator.
    pub fn read_line(&mut self) -> io::Result<Vec<u8>> {
        read_line(&mut self.reader)
    }
}

/// A command as RESP: an array of bulk strings.
pub fn encode_command(args: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", args.len()).into_bytes();
    for arg in args {
        out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
        out.extend_from_slice(arg);
        out.extend_from_slice(b"\r\n");
    }
    out
}

fn protocol_error(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("RESP: {what}"))
}

fn read_line(reader: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    reader.read_until(b'\n', &mut line)?;
    if !line.ends_with(b"\r\n") {
        return Err(protocol_error("connection closed inside a line"));
    }
    line.truncate(line.len() - 2);
    Ok(line)
}

fn read_length(text: &[u8]) -> io::Result<i64> {
    let length: i64 = std::str::from_utf8(text)
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| protocol_error("bad length"))?;
    if length > MAX_LENGTH {
        return Err(protocol_error("length over the client's limit"));
    }
    Ok(length)
}

/// An aggregate being filled while its items arrive.
enum Aggregate {
    Array,
    Map,
    Set,
}

impl Aggregate {
    fn finish(&self, items: Vec<Reply>) -> Reply {
        match self {
            Aggregate::Array => Reply::Array(items),
            Aggregate::Set => Reply::Set(items),
            Aggregate::Map => {
                let mut items = items.into_iter();
                let mut pairs = Vec::new();
                while let (Some(key), Some(value)) = (items.next(), items.next()) {
                    pairs.push((key, value));
                }
                Reply::Map(pairs)
            }
        }
    }
}

fn parse_text<T: std::str::FromStr>(text: &[u8], what: &str) -> io::Result<T> {
    std::str::from_utf8(text)
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| protocol_error(what))
}

/// Reads a bulk payload of `length` bytes and its CRLF.
fn read_payload(reader: &mut impl BufRead, length: i64) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0; usize::try_from(length).unwrap_or(0) + 2];
    reader.read_exact(&mut bytes)?;
    if !bytes.ends_with(b"\r\n") {
        return Err(protocol_error("bulk string without its CRLF"));
    }
    bytes.truncate(bytes.len() - 2);
    Ok(bytes)
}

/// Reads one reply (RESP2, or RESP3 after `HELLO 3`); nested aggregates are read with an
/// explicit stack, so no input can exhaust the Rust stack.
pub fn read_reply(reader: &mut impl BufRead) -> io::Result<Reply> {
    // Aggregates being filled: (kind, expected item count, items so far).
    let mut open: Vec<(Aggregate, usize, Vec<Reply>)> = Vec::new();
    'lines: loop {
        let line = read_line(reader)?;
        let (&kind, rest) = line
            .split_first()
            .ok_or_else(|| protocol_error("empty line"))?;
        let aggregate = match kind {
            b'*' => Some(Aggregate::Array),
            b'%' => Some(Aggregate::Map),
            b'~' => Some(Aggregate::Set),
            _ => None,
        };
        let mut value = match (kind, aggregate) {
            (_, Some(aggregate)) => match read_length(rest)? {
                length if length < 0 => Reply::Nil,
                0 => aggregate.finish(Vec::new()),
                length => {
                    let length = usize::try_from(length).unwrap_or(0);
                    let items = if matches!(aggregate, Aggregate::Map) {
                        length * 2
                    } else {
                        length
                    };
                    open.push((aggregate, items, Vec::with_capacity(items.min(1024))));
                    continue;
                }
            },
            (b'+', _) => Reply::Status(rest.to_vec()),
            (b'-', _) => Reply::Error(rest.to_vec()),
            (b':', _) => Reply::Integer(parse_text(rest, "bad integer")?),
            (b'$', _) => match read_length(rest)? {
                length if length < 0 => Reply::Nil,
                length => Reply::Bulk(read_payload(reader, length)?),
            },
            (b'_', _) => Reply::Nil,
            (b'#', _) => match rest {
                b"t" => Reply::Boolean(true),
                b"f" => Reply::Boolean(false),
                _ => return Err(protocol_error("bad boolean")),
            },
            (b',', _) => Reply::Double(match rest {
                b"inf" => f64::INFINITY,
                b"-inf" => f64::NEG_INFINITY,
                b"nan" => f64::NAN,
                _ => parse_text(rest, "bad double")?,
            }),
            (b'(', _) => Reply::BigNumber(rest.to_vec()),
            (b'=', _) => {
                let length = read_length(rest)?;
                let payload = read_payload(reader, length)?;
                match payload.split_at_checked(4) {
                    Some((format, text)) if format[3] == b':' => Reply::Verbatim {
                        format: [format[0], format[1], format[2]],
                        text: text.to_vec(),
                    },
                    _ => return Err(protocol_error("verbatim string without its format")),
                }
            }
            (other, _) => return Err(protocol_error(&format!("unknown type byte {other:#04x}"))),
        };
        // Hand the value up through every aggregate it completes.
        while let Some((aggregate, length, mut items)) = open.pop() {
            items.push(value);
            if items.len() < length {
                open.push((aggregate, length, items));
                continue 'lines;
            }
            value = aggregate.finish(items);
        }
        return Ok(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(bytes: &[u8]) -> io::Result<Reply> {
        read_reply(&mut &bytes[..])
    }

    #[test]
    fn reads_every_resp2_kind() {
        assert_eq!(parse(b"+OK\r\n").unwrap(), Reply::Status(b"OK".to_vec()));
        assert_eq!(
            parse(b"-ERR x\r\n").unwrap(),
            Reply::Error(b"ERR x".to_vec())
        );
        assert_eq!(parse(b":-42\r\n").unwrap(), Reply::Integer(-42));
        assert_eq!(parse(b"$-1\r\n").unwrap(), Reply::Nil);
        assert_eq!(parse(b"*-1\r\n").unwrap(), Reply::Nil);
        assert_eq!(
            parse(b"$3\r\na\r\n\r\n").unwrap(),
            Reply::Bulk(b"a\r\n".to_vec())
        );
        assert_eq!(
            parse(b"*2\r\n*1\r\n:1\r\n$0\r\n\r\n").unwrap(),
            Reply::Array(vec![
                Reply::Array(vec![Reply::Integer(1)]),
                Reply::Bulk(Vec::new())
            ])
        );
        assert_eq!(parse(b"*0\r\n").unwrap(), Reply::Array(Vec::new()));
    }

    #[test]
    fn reads_every_resp3_kind() {
        assert_eq!(
            parse(b"%2\r\n+a\r\n:1\r\n$1\r\nb\r\n~2\r\n_\r\n#t\r\n").unwrap(),
            Reply::Map(vec![
                (Reply::Status(b"a".to_vec()), Reply::Integer(1)),
                (
                    Reply::Bulk(b"b".to_vec()),
                    Reply::Set(vec![Reply::Nil, Reply::Boolean(true)])
                ),
            ])
        );
        assert_eq!(parse(b"~0\r\n").unwrap(), Reply::Set(Vec::new()));
        assert_eq!(parse(b",1.5\r\n").unwrap(), Reply::Double(1.5));
        assert_eq!(
            parse(b",-inf\r\n").unwrap(),
            Reply::Double(f64::NEG_INFINITY)
        );
        assert_eq!(parse(b"(12\r\n").unwrap(), Reply::BigNumber(b"12".to_vec()));
        assert_eq!(
            parse(b"=7\r\ntxt:a\r\n\r\n").unwrap(),
            Reply::Verbatim {
                format: *b"txt",
                text: b"a\r\n".to_vec()
            }
        );
        assert!(parse(b"=2\r\nab\r\n").is_err());
    }

    #[test]
    fn rejects_garbage() {
        assert!(parse(b"?x\r\n").is_err());
        assert!(parse(b":1").is_err());
        assert!(parse(b"$5\r\nab\r\n").is_err());
        assert!(parse(b"*2\r\n:1\r\n").is_err());
    }

    #[test]
    fn encodes_commands_as_bulk_arrays() {
        assert_eq!(
            encode_command(&[b"SET", b"k", b""]),
            b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n".to_vec()
        );
    }
}
