//! HyperLogLog's debugging commands: `PFDEBUG GETREG|DECODE|ENCODING|TODENSE` over the
//! model's copy of Redis's encoding, and `PFSELFTEST`, which checks the model's own register
//! code the way Redis's self-test checks Redis's.

use super::{
    corrupted, decode_opcode, dense_get, dense_set, estimate, histogram_of, Hll, DENSE_SIZE,
    HEADER, NOT_HLL, REGISTERS, REGISTER_MAX,
};
use crate::commands::{error, integer, ok, Answer, Request};
use crate::errors;
use crate::keyspace::{Data, Keyspace};
use crate::Reply;

/// `PFDEBUG <subcommand> <key>`: Redis looks the key up and checks it before it looks at the
/// subcommand, so an unknown subcommand on a missing key is a missing-key error.
pub(in crate::commands) fn pfdebug(keyspace: &mut Keyspace, request: &Request) -> Answer {
    let subcommand = request.arg(0);
    let bytes = match keyspace.get_mut(request.arg(1)) {
        None => return Err(error("ERR The specified key does not exist")),
        Some(Data::String(bytes)) if Hll::is_valid(bytes) => bytes,
        Some(Data::String(_)) => return Err(error(NOT_HLL)),
        Some(_) => return Err(error(errors::WRONG_TYPE)),
    };
    let mut hll = Hll { bytes };
    match String::from_utf8_lossy(subcommand)
        .to_ascii_lowercase()
        .as_str()
    {
        "getreg" => {
            hll.make_dense().map_err(corrupted)?;
            let registers = &hll.bytes[HEADER..];
            Ok(Reply::Array(
                (0..REGISTERS)
                    .map(|index| Reply::Integer(i64::from(dense_get(registers, index))))
                    .collect(),
            ))
        }
        "decode" => {
            if hll.is_dense() {
                return Err(error("ERR HLL encoding is not sparse"));
            }
            Ok(Reply::Bulk(
                decode_sparse(&hll.bytes[HEADER..]).into_bytes(),
            ))
        }
        "encoding" => Ok(Reply::Status(
            if hll.is_dense() { "dense" } else { "sparse" }
                .as_bytes()
                .to_vec(),
        )),
        "todense" => {
            let converted = !hll.is_dense();
            hll.make_dense().map_err(corrupted)?;
            Ok(integer(usize::from(converted)))
        }
        _ => Err(error(&format!(
            "ERR Unknown PFDEBUG subcommand '{}'",
            String::from_utf8_lossy(subcommand)
        ))),
    }
}

/// The sparse opcodes as `PFDEBUG DECODE` spells them: `z:<run>` (ZERO), `Z:<run>` (XZERO),
/// `v:<value>,<run>` (VAL), separated by spaces.
fn decode_sparse(sparse: &[u8]) -> String {
    let mut words = Vec::new();
    let mut at = 0;
    while at < sparse.len() {
        let opcode = decode_opcode(sparse, at);
        words.push(if sparse[at] & 0x80 != 0 {
            format!("v:{},{}", opcode.value, opcode.span)
        } else if sparse[at] & 0xc0 == 0x40 {
            format!("Z:{}", opcode.span)
        } else {
            format!("z:{}", opcode.span)
        });
        at += opcode.bytes;
    }
    words.join(" ")
}

/// How many elements the self-test adds, one at a time, to a sparse and to a dense value.
const SELF_TEST_ELEMENTS: u32 = 20_000;

/// `PFSELFTEST`: Redis tests its register accessors and its sparse and dense encodings on
/// pseudo-random data and replies `OK` (or a `TESTFAILED` error); the model runs the same
/// kind of test on its own code, so `OK` here means the model's encodings agree too.
pub(in crate::commands) fn pfselftest(_: &mut Keyspace, _: &Request) -> Answer {
    if let Some(failure) = register_accessors_failure() {
        return Err(error(&failure));
    }
    let mut sparse = Hll::empty();
    let mut dense = Hll::empty();
    Hll { bytes: &mut dense }.make_dense().map_err(corrupted)?;
    for number in 0..SELF_TEST_ELEMENTS {
        let element = format!("selftest:{number}");
        Hll { bytes: &mut sparse }
            .add(element.as_bytes())
            .map_err(corrupted)?;
        Hll { bytes: &mut dense }
            .add(element.as_bytes())
            .map_err(corrupted)?;
        if number % 1000 == 999 {
            let counted = |bytes: &[u8]| histogram_of(bytes).map(|histogram| estimate(&histogram));
            if counted(&sparse) != counted(&dense) {
                return Err(error(&format!(
                    "TESTFAILED sparse and dense estimates disagree after {} elements",
                    number + 1
                )));
            }
        }
    }
    let mut promoted = sparse.clone();
    Hll {
        bytes: &mut promoted,
    }
    .make_dense()
    .map_err(corrupted)?;
    if promoted[HEADER..] != dense[HEADER..] {
        return Err(error("TESTFAILED sparse and dense registers disagree"));
    }
    Ok(ok())
}

/// Redis's first self-test: every register of a dense value set and read back, in a
/// deterministic order of values; the failure text when one reads back wrong.
fn register_accessors_failure() -> Option<String> {
    let mut registers = vec![0u8; DENSE_SIZE - HEADER];
    let value_of = |index: usize| ((index * 7 + 3) % (usize::from(REGISTER_MAX) + 1)) as u8;
    for index in 0..REGISTERS {
        dense_set(&mut registers, index, value_of(index));
    }
    (0..REGISTERS)
        .find(|&index| dense_get(&registers, index) != value_of(index))
        .map(|index| format!("TESTFAILED Register error at index {index}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_spells_the_three_opcodes() {
        // ZERO of 3, VAL 2 over 2 registers, XZERO of the rest.
        let rest = REGISTERS - 5 - 1;
        let sparse = [
            0x02,
            0x80 | (1 << 2) | 1,
            0x40 | (rest >> 8) as u8,
            (rest & 0xff) as u8,
        ];
        assert_eq!(
            decode_sparse(&sparse),
            format!("z:3 v:2,2 Z:{}", REGISTERS - 5)
        );
        assert_eq!(decode_sparse(&Hll::empty()[HEADER..]), "Z:16384");
    }

    #[test]
    fn the_self_test_passes() {
        let mut keyspace = Keyspace::new(0);
        let request = Request {
            name: "pfselftest",
            spelled: b"pfselftest",
            args: &[],
            resp: 2,
        };
        assert_eq!(pfselftest(&mut keyspace, &request), Ok(ok()));
    }
}
