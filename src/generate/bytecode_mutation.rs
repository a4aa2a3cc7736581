//! Mutated binary chunks for the `bytecode` fuzz target and its regular test.
//!
//! A seed is one of a small catalogue of Lua programs ([`SEED_PROGRAMS`]) compiled by the
//! Ferrous VM and dumped as `string.dump` writes it (byte-identical to `luac`). The fuzzer's
//! bytes choose a seed and a list of structured mutations ([`Mutation`]): bit flips and byte
//! writes anywhere, an instruction's opcode or one of its A/B/C/Bx/sBx fields, a function's
//! upvalue/parameter/vararg/stack-size bytes, a count, a constant's type tag or number, a
//! string's size, a line number, and truncation, insertion or removal of bytes. Fields are
//! found through the seed's [`ChunkLayout`], so most mutations hit the part of the format they
//! mean to; size-preserving mutations are applied first (the layout stays valid for them),
//! then the ones that move bytes.

use arbitrary::{Arbitrary, Unstructured};
use ferrous_vm::bytecode::{dump, Proto};
use ferrous_vm::compiler::compile;
use std::sync::OnceLock;

/// The seed programs: small, deterministic, and together using every opcode.
pub const SEED_PROGRAMS: &[(&str, &str)] = &[
    (
        "arith",
        "local a, b = 7, 3\n\
         local t = {a + b, a - b, a * b, a / b, a % b, a ^ 2, -a, not a, #\"xyz\"}\n\
         print(a .. \"|\" .. b, t[1], t[4], t[5])\n\
         if a < b then print('lt') elseif a <= b then print('le') else print('gt') end\n\
         if a == 7 and b ~= 4 or nil then print('eq') end\n\
         local s = nil\n\
         return t[1] + t[2], s, true, false, \"done\"",
    ),
    (
        "closures",
        "local function counter(start)\n\
           local n = start\n\
           return function(step) n = n + step return n end\n\
         end\n\
         local c = counter(10)\n\
         c(1) c(2)\n\
         local fs = {}\n\
         for i = 1, 3 do fs[i] = function() return i * c(0) end end\n\
         local x = 0\n\
         do local y = 5 x = function() y = y + 1 return y end end\n\
         return fs[1](), fs[3](), x(), x()",
    ),
    (
        "varargs",
        "local function pack(...) return {n = select('#', ...), ...} end\n\
         local function first(a, ...) local r = {...} return a, #r, ... end\n\
         local p = pack(1, nil, 3)\n\
         print(p.n, first(4, 5, 6))\n\
         local function tail(...) return select('#', ...) end\n\
         return tail(first(1, 2, 3)), unpack({1, 2, 3})",
    ),
    (
        "loops",
        "local sum = 0\n\
         for i = 10, 1, -2 do sum = sum + i end\n\
         for i = 1, 3 do for j = i, 3 do sum = sum + j end end\n\
         local t = {'a', 'b', 'c', x = 1}\n\
         for i, v in ipairs(t) do sum = sum + #v + i end\n\
         local n = 0\n\
         while n < 5 do n = n + 1 if n == 4 then break end end\n\
         repeat n = n - 1 until n <= 0\n\
         local keys = 0\n\
         for k in pairs(t) do keys = keys + 1 end\n\
         return sum, n, keys",
    ),
    (
        "tables",
        "local t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,\n\
         21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,\n\
         41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, name = 'n', [true] = false}\n\
         local u = {select(2, 'a', 'b', 'c')}\n\
         t.k = {inner = {deep = 1}}\n\
         t[#t + 1] = t.k.inner.deep\n\
         local obj = {v = 3}\n\
         function obj:get(d) return self.v + d end\n\
         table.insert(u, 'z')\n\
         return #t, t[54], t.name, t[true], #u, u[3], obj:get(4), table.concat(u, ',')",
    ),
    (
        "strings",
        "local s = 'Hello, World'\n\
         local up, n = s:upper(), s:len()\n\
         local parts = {}\n\
         for w in s:gmatch('%a+') do parts[#parts + 1] = w:lower() end\n\
         local r = s:gsub('o', '0')\n\
         return up, n, table.concat(parts, '-'), r, s:sub(2, 4), ('x'):rep(3), string.format('%5.2f|%d', 3.14159, 42)",
    ),
    (
        "errors",
        "local ok, e = pcall(function() local t = nil return t.x end)\n\
         print(ok, e)\n\
         ok, e = pcall(function() return 1 + {} end)\n\
         print(ok, e)\n\
         ok, e = pcall(error, {code = 1})\n\
         print(ok, type(e), e.code)\n\
         ok, e = pcall(function() undefinedglobal() end)\n\
         print(e)\n\
         local function thrower(x) if x > 2 then error('deep ' .. x, 2) end return thrower(x + 1) end\n\
         ok, e = pcall(thrower, 0)\n\
         return ok, e, select('#', pcall(tostring))",
    ),
    (
        "calls",
        "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end\n\
         local function tc(n, acc) if n == 0 then return acc end return tc(n - 1, acc + n) end\n\
         local function native_tail(x) return tostring(x) end\n\
         local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)\n\
         local y = co(1)\n\
         return fib(12), tc(100, 0), native_tail(12.5), y, co(21), math.max(3, 9, 4), type(print)",
    ),
];

/// One seed: its name, the chunk `string.dump` gives for it, and its code (to tell later
/// whether a mutation changed any).
pub struct Seed {
    pub name: &'static str,
    pub chunk: Vec<u8>,
    pub code: Vec<FunctionCode>,
}

/// What decides how a function runs, for one function of a chunk (in pre-order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionCode {
    instructions: Vec<u32>,
    upvalues: u8,
    children: usize,
}

fn code_of(proto: &Proto, out: &mut Vec<FunctionCode>) {
    out.push(FunctionCode {
        instructions: proto.code.iter().map(|i| i.0).collect(),
        upvalues: proto.num_upvalues,
        children: proto.protos.len(),
    });
    for child in &proto.protos {
        code_of(child, out);
    }
}

/// The seed catalogue, compiled once.
pub fn seeds() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        SEED_PROGRAMS
            .iter()
            .map(|(name, source)| {
                let proto = compile(source.as_bytes(), format!("@{name}.lua").as_bytes())
                    .unwrap_or_else(|e| panic!("seed {name} does not compile: {e:?}"));
                let mut code = Vec::new();
                code_of(&proto, &mut code);
                Seed {
                    name,
                    chunk: dump(&proto, false),
                    code,
                }
            })
            .collect()
    })
}

/// What a byte range of a binary chunk holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Header,
    /// The 8-byte size of a string (a source name, a string constant, a local or upvalue
    /// name); 0 stands for a missing string.
    StringSize,
    LineDefined,
    /// A function's upvalue count, parameter count, vararg flags or stack size (one byte).
    FunctionByte,
    /// A count of instructions, constants, functions, lines, locals or upvalue names.
    Count,
    Instruction,
    ConstantTag,
    ConstantNumber,
    ConstantBoolean,
    Line,
    LocalRange,
}

/// A field of a chunk: its kind and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub kind: FieldKind,
    pub offset: usize,
    pub len: usize,
}

/// The fields of a chunk, as far as it can be read.
#[derive(Debug, Clone, Default)]
pub struct ChunkLayout {
    pub fields: Vec<Field>,
    /// The whole chunk was read.
    pub complete: bool,
    /// A string constant has size 0 (a NULL string in 5.1, which accepts it and crashes
    /// when the constant is used or collected).
    pub null_string_constant: bool,
}

impl ChunkLayout {
    /// Reads the layout of `chunk` (x86_64 5.1 format), stopping at the first field that
    /// does not fit.
    pub fn of(chunk: &[u8]) -> ChunkLayout {
        let mut walker = Walker {
            chunk,
            position: 0,
            layout: ChunkLayout::default(),
        };
        walker.layout.complete = walker.chunk().is_some();
        walker.layout
    }

    fn nth(&self, kind: FieldKind, index: u32) -> Option<Field> {
        let count = self.fields.iter().filter(|f| f.kind == kind).count();
        if count == 0 {
            return None;
        }
        self.fields
            .iter()
            .filter(|f| f.kind == kind)
            .nth(index as usize % count)
            .copied()
    }
}

/// Functions nest at most this deep in a layout walk (5.1's loader stops at 200 too).
const MAX_WALK_DEPTH: u32 = 200;

struct Walker<'c> {
    chunk: &'c [u8],
    position: usize,
    layout: ChunkLayout,
}

impl Walker<'_> {
    fn field(&mut self, kind: FieldKind, len: usize) -> Option<&[u8]> {
        let end = self.position.checked_add(len)?;
        let bytes = self.chunk.get(self.position..end)?;
        self.layout.fields.push(Field {
            kind,
            offset: self.position,
            len,
        });
        self.position = end;
        Some(bytes)
    }

    fn int(&mut self, kind: FieldKind) -> Option<usize> {
        let bytes = self.field(kind, 4)?;
        let value = i32::from_le_bytes(bytes.try_into().ok()?);
        usize::try_from(value).ok()
    }

    /// A count of items each at least `item_size` bytes long, if the rest can hold them.
    fn count(&mut self, item_size: usize) -> Option<usize> {
        let n = self.int(FieldKind::Count)?;
        (n.checked_mul(item_size)? <= self.chunk.len() - self.position).then_some(n)
    }

    /// A string; `Some(0)` for a missing one.
    fn string(&mut self) -> Option<usize> {
        let bytes = self.field(FieldKind::StringSize, 8)?;
        let size = usize::try_from(u64::from_le_bytes(bytes.try_into().ok()?)).ok()?;
        let end = self.position.checked_add(size)?;
        (end <= self.chunk.len()).then(|| self.position = end)?;
        Some(size)
    }

    fn chunk(&mut self) -> Option<()> {
        self.field(FieldKind::Header, 12)?;
        self.function(1)
    }

    fn function(&mut self, depth: u32) -> Option<()> {
        if depth > MAX_WALK_DEPTH {
            return None;
        }
        self.string()?;
        self.int(FieldKind::LineDefined)?;
        self.int(FieldKind::LineDefined)?;
        for _ in 0..4 {
            self.field(FieldKind::FunctionByte, 1)?;
        }
        for _ in 0..self.count(4)? {
            self.field(FieldKind::Instruction, 4)?;
        }
        for _ in 0..self.count(1)? {
            match self.field(FieldKind::ConstantTag, 1)?[0] {
                0 => {}
                1 => {
                    self.field(FieldKind::ConstantBoolean, 1)?;
                }
                3 => {
                    self.field(FieldKind::ConstantNumber, 8)?;
                }
                4 => {
                    if self.string()? == 0 {
                        self.layout.null_string_constant = true;
                    }
                }
                _ => return None,
            }
        }
        for _ in 0..self.count(1)? {
            self.function(depth + 1)?;
        }
        // Lines are read raw, as 5.1 reads them: a negative one does not stop the loader.
        for _ in 0..self.count(4)? {
            self.field(FieldKind::Line, 4)?;
        }
        for _ in 0..self.count(16)? {
            self.string()?;
            self.int(FieldKind::LocalRange)?;
            self.int(FieldKind::LocalRange)?;
        }
        for _ in 0..self.count(8)? {
            self.string()?;
        }
        Some(())
    }
}

/// An instruction operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    A,
    B,
    C,
    Bx,
}

/// One structured change to a chunk. Indices select among the fields of their kind
/// (modulo how many the seed has); positions are modulo the chunk's length.
#[derive(Debug, Clone, PartialEq)]
pub enum Mutation {
    FlipBit {
        position: u32,
        bit: u8,
    },
    SetByte {
        position: u32,
        value: u8,
    },
    Opcode {
        instruction: u32,
        opcode: u8,
    },
    Operand {
        instruction: u32,
        operand: Operand,
        value: u32,
    },
    /// Adds `delta` to an instruction's sBx field.
    Jump {
        instruction: u32,
        delta: i32,
    },
    SwapInstructions {
        first: u32,
        second: u32,
    },
    FunctionByte {
        field: u32,
        value: u8,
    },
    Count {
        field: u32,
        value: CountValue,
    },
    ConstantTag {
        constant: u32,
        tag: u8,
    },
    ConstantNumber {
        constant: u32,
        value: f64,
    },
    ConstantBoolean {
        constant: u32,
        value: u8,
    },
    StringSize {
        string: u32,
        value: SizeValue,
    },
    Line {
        line: u32,
        value: u32,
    },
    LocalRange {
        field: u32,
        value: u32,
    },
    /// Keeps only the first `keep` bytes (modulo the length).
    Truncate {
        keep: u32,
    },
    Insert {
        position: u32,
        bytes: Vec<u8>,
    },
    Remove {
        position: u32,
        length: u8,
    },
}

/// A new value for a 4-byte count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountValue {
    /// The old count plus this.
    Delta(i8),
    Exactly(u32),
}

/// A new value for an 8-byte string size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeValue {
    Delta(i8),
    Exactly(u64),
}

/// Counts and sizes worth trying: empty, one, C `int` limits, negative, huge.
const COUNT_VALUES: [u32; 8] = [
    0,
    1,
    255,
    0x0010_0000,
    0x1000_0000,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
];
const SIZE_VALUES: [u64; 7] = [0, 1, 2, 0x7fff_ffff, 1 << 32, 1 << 62, u64::MAX];
/// Operand values worth trying: registers at the stack's edge, the RK constant bit, limits.
const OPERAND_VALUES: [u32; 12] = [0, 1, 2, 3, 7, 63, 64, 249, 250, 255, 256, 511];
const NUMBER_VALUES: [f64; 10] = [
    0.0,
    -0.0,
    0.5,
    -1.0,
    f64::NAN,
    f64::INFINITY,
    2147483648.0,
    4294967297.0,
    9007199254740992.0,
    1e300,
];

impl Mutation {
    /// Size-preserving mutations keep the seed's layout valid; the others are applied last.
    fn moves_bytes(&self) -> bool {
        matches!(
            self,
            Mutation::Truncate { .. } | Mutation::Insert { .. } | Mutation::Remove { .. }
        )
    }

    fn choose(u: &mut Unstructured<'_>) -> arbitrary::Result<Mutation> {
        let index = |u: &mut Unstructured<'_>| u.arbitrary::<u32>();
        Ok(match u.choose_index(17)? {
            0 => Mutation::FlipBit {
                position: index(u)?,
                bit: u.int_in_range(0..=7)?,
            },
            1 => Mutation::SetByte {
                position: index(u)?,
                value: u.arbitrary()?,
            },
            2 => Mutation::Opcode {
                instruction: index(u)?,
                // A few past the 38 opcodes, which 5.1's checker refuses.
                opcode: u.int_in_range(0..=40)?,
            },
            3 => Mutation::Operand {
                instruction: index(u)?,
                operand: *u.choose(&[Operand::A, Operand::B, Operand::C, Operand::Bx])?,
                value: if u.ratio(1, 2)? {
                    *u.choose(&OPERAND_VALUES)?
                } else {
                    u.arbitrary()?
                },
            },
            4 => Mutation::Jump {
                instruction: index(u)?,
                delta: if u.ratio(3, 4)? {
                    u.int_in_range(-4..=4)?
                } else {
                    u.arbitrary()?
                },
            },
            5 => Mutation::SwapInstructions {
                first: index(u)?,
                second: index(u)?,
            },
            6 => Mutation::FunctionByte {
                field: index(u)?,
                value: if u.ratio(1, 2)? {
                    u.int_in_range(0..=8)?
                } else {
                    u.arbitrary()?
                },
            },
            7 => Mutation::Count {
                field: index(u)?,
                value: if u.ratio(1, 2)? {
                    CountValue::Delta(u.int_in_range(-2..=2)?)
                } else {
                    CountValue::Exactly(*u.choose(&COUNT_VALUES)?)
                },
            },
            8 => Mutation::ConstantTag {
                constant: index(u)?,
                tag: u.int_in_range(0..=9)?,
            },
            9 => Mutation::ConstantNumber {
                constant: index(u)?,
                value: *u.choose(&NUMBER_VALUES)?,
            },
            10 => Mutation::ConstantBoolean {
                constant: index(u)?,
                value: u.arbitrary()?,
            },
            11 => Mutation::StringSize {
                string: index(u)?,
                value: if u.ratio(1, 2)? {
                    SizeValue::Delta(u.int_in_range(-2..=2)?)
                } else {
                    SizeValue::Exactly(*u.choose(&SIZE_VALUES)?)
                },
            },
            12 => Mutation::Line {
                line: index(u)?,
                value: u.arbitrary()?,
            },
            13 => Mutation::LocalRange {
                field: index(u)?,
                value: u.arbitrary()?,
            },
            14 => Mutation::Truncate { keep: index(u)? },
            15 => {
                let length = u.int_in_range(1..=16)?;
                Mutation::Insert {
                    position: index(u)?,
                    bytes: u.bytes(length)?.to_vec(),
                }
            }
            _ => Mutation::Remove {
                position: index(u)?,
                length: u.int_in_range(1..=16)?,
            },
        })
    }

    fn apply(&self, chunk: &mut Vec<u8>, layout: &ChunkLayout) {
        use FieldKind as K;
        let len = chunk.len();
        let position = |p: u32| p as usize % len.max(1);
        match self {
            Mutation::FlipBit { position: p, bit } if len > 0 => {
                chunk[position(*p)] ^= 1 << (bit & 7);
            }
            Mutation::SetByte { position: p, value } if len > 0 => {
                chunk[position(*p)] = *value;
            }
            Mutation::Opcode {
                instruction,
                opcode,
            } => update_instruction(chunk, layout, *instruction, |word| {
                (word & !0x3f) | u32::from(*opcode & 0x3f)
            }),
            Mutation::Operand {
                instruction,
                operand,
                value,
            } => update_instruction(chunk, layout, *instruction, |word| {
                let (shift, bits) = match operand {
                    Operand::A => (6, 8),
                    Operand::C => (14, 9),
                    Operand::B => (23, 9),
                    Operand::Bx => (14, 18),
                };
                let mask = ((1u32 << bits) - 1) << shift;
                (word & !mask) | ((value << shift) & mask)
            }),
            Mutation::Jump { instruction, delta } => {
                update_instruction(chunk, layout, *instruction, |word| {
                    let bx = (word >> 14).wrapping_add(*delta as u32) & 0x3ffff;
                    (word & 0x3fff) | (bx << 14)
                })
            }
            Mutation::SwapInstructions { first, second } => {
                if let (Some(a), Some(b)) = (
                    layout.nth(K::Instruction, *first),
                    layout.nth(K::Instruction, *second),
                ) {
                    for j in 0..4 {
                        chunk.swap(a.offset + j, b.offset + j);
                    }
                }
            }
            Mutation::FunctionByte { field, value } => {
                if let Some(f) = layout.nth(K::FunctionByte, *field) {
                    chunk[f.offset] = *value;
                }
            }
            Mutation::Count { field, value } => {
                if let Some(f) = layout.nth(K::Count, *field) {
                    let old = read_u32(chunk, f.offset);
                    let new = match value {
                        CountValue::Delta(d) => old.wrapping_add(*d as u32),
                        CountValue::Exactly(v) => *v,
                    };
                    chunk[f.offset..f.offset + 4].copy_from_slice(&new.to_le_bytes());
                }
            }
            Mutation::ConstantTag { constant, tag } => {
                if let Some(f) = layout.nth(K::ConstantTag, *constant) {
                    chunk[f.offset] = *tag;
                }
            }
            Mutation::ConstantNumber { constant, value } => {
                if let Some(f) = layout.nth(K::ConstantNumber, *constant) {
                    chunk[f.offset..f.offset + 8].copy_from_slice(&value.to_le_bytes());
                }
            }
            Mutation::ConstantBoolean { constant, value } => {
                if let Some(f) = layout.nth(K::ConstantBoolean, *constant) {
                    chunk[f.offset] = *value;
                }
            }
            Mutation::StringSize { string, value } => {
                if let Some(f) = layout.nth(K::StringSize, *string) {
                    let mut old = [0u8; 8];
                    old.copy_from_slice(&chunk[f.offset..f.offset + 8]);
                    let new = match value {
                        SizeValue::Delta(d) => u64::from_le_bytes(old).wrapping_add(*d as u64),
                        SizeValue::Exactly(v) => *v,
                    };
                    chunk[f.offset..f.offset + 8].copy_from_slice(&new.to_le_bytes());
                }
            }
            Mutation::Line { line, value } => {
                if let Some(f) = layout.nth(K::Line, *line) {
                    chunk[f.offset..f.offset + 4].copy_from_slice(&value.to_le_bytes());
                }
            }
            Mutation::LocalRange { field, value } => {
                if let Some(f) = layout.nth(K::LocalRange, *field) {
                    chunk[f.offset..f.offset + 4].copy_from_slice(&value.to_le_bytes());
                }
            }
            Mutation::Truncate { keep } => chunk.truncate(*keep as usize % (len + 1)),
            Mutation::Insert { position: p, bytes } => {
                let at = *p as usize % (len + 1);
                chunk.splice(at..at, bytes.iter().copied());
            }
            Mutation::Remove {
                position: p,
                length,
            } if len > 0 => {
                let at = position(*p);
                let end = (at + usize::from(*length)).min(len);
                chunk.drain(at..end);
            }
            _ => {}
        }
    }
}

fn read_u32(chunk: &[u8], offset: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&chunk[offset..offset + 4]);
    u32::from_le_bytes(word)
}

fn update_instruction(
    chunk: &mut [u8],
    layout: &ChunkLayout,
    index: u32,
    change: impl FnOnce(u32) -> u32,
) {
    if let Some(f) = layout.nth(FieldKind::Instruction, index) {
        let word = change(read_u32(chunk, f.offset));
        chunk[f.offset..f.offset + 4].copy_from_slice(&word.to_le_bytes());
    }
}

/// Most mutations one input applies.
pub const MAX_MUTATIONS: usize = 8;

/// A fuzz input: a seed and the mutations to apply to its chunk.
#[derive(Debug, Clone, PartialEq)]
pub struct BytecodeInput {
    pub seed: usize,
    pub mutations: Vec<Mutation>,
}

impl BytecodeInput {
    /// The mutated chunk.
    pub fn chunk(&self) -> Vec<u8> {
        let seed = &seeds()[self.seed % seeds().len()];
        let layout = ChunkLayout::of(&seed.chunk);
        let mut chunk = seed.chunk.clone();
        let (in_place, moving): (Vec<&Mutation>, Vec<&Mutation>) =
            self.mutations.iter().partition(|m| !m.moves_bytes());
        for mutation in in_place.into_iter().chain(moving) {
            mutation.apply(&mut chunk, &layout);
        }
        chunk
    }

    /// The seed this input mutates.
    pub fn seed(&self) -> &'static Seed {
        &seeds()[self.seed % seeds().len()]
    }

    /// The input that `bytes` (a fuzzer input or artifact) decode to.
    pub fn from_bytes(bytes: &[u8]) -> BytecodeInput {
        let mut u = Unstructured::new(bytes);
        BytecodeInput::decode(&mut u).unwrap_or(BytecodeInput {
            seed: 0,
            mutations: Vec::new(),
        })
    }

    fn decode(u: &mut Unstructured<'_>) -> arbitrary::Result<BytecodeInput> {
        let seed = u.choose_index(seeds().len())?;
        let mut mutations = Vec::new();
        while mutations.len() < MAX_MUTATIONS && !u.is_empty() {
            match Mutation::choose(u) {
                Ok(mutation) => mutations.push(mutation),
                Err(_) => break,
            }
        }
        Ok(BytecodeInput { seed, mutations })
    }
}

impl<'a> Arbitrary<'a> for BytecodeInput {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<BytecodeInput> {
        BytecodeInput::decode(u)
    }

    fn arbitrary_take_rest(mut u: Unstructured<'a>) -> arbitrary::Result<BytecodeInput> {
        BytecodeInput::decode(&mut u)
    }

    fn size_hint(_depth: usize) -> (usize, Option<usize>) {
        (1, None)
    }
}

/// Whether every function of `chunk` has the same code and upvalue count as the seed's:
/// then both engines run what the compiler wrote, which reads no register before writing
/// it, and their outcomes must agree. Mutated code may read registers that reference Lua
/// leaves holding stale values of earlier calls (the Ferrous VM reads nil there).
pub fn same_code_as(chunk: &[u8], seed: &Seed) -> bool {
    match ferrous_vm::bytecode::undump(chunk, b"=check") {
        Ok(proto) => {
            let mut code = Vec::new();
            code_of(&proto, &mut code);
            code == seed.code
        }
        Err(_) => false,
    }
}

/// A Lua string literal holding `bytes` exactly.
pub fn lua_string_literal(bytes: &[u8]) -> String {
    let mut literal = String::with_capacity(bytes.len() * 4 + 2);
    literal.push('"');
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b == b' ' {
            literal.push(b as char);
        } else {
            // Three digits always, so that a digit after the escape is not read into it.
            literal.push_str(&format!("\\{b:03}"));
        }
    }
    literal.push('"');
    literal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_lay_out_completely_and_hold_every_field_kind() {
        for seed in seeds() {
            let layout = ChunkLayout::of(&seed.chunk);
            assert!(layout.complete, "{}", seed.name);
            assert!(!layout.null_string_constant);
            let end = layout.fields.last().map(|f| f.offset + f.len);
            // The last field of a chunk is the last upvalue-name count (or a name's size).
            assert!(end.unwrap_or(0) <= seed.chunk.len());
        }
        let kinds: Vec<FieldKind> = seeds()
            .iter()
            .flat_map(|s| ChunkLayout::of(&s.chunk).fields)
            .map(|f| f.kind)
            .collect();
        for kind in [
            FieldKind::Header,
            FieldKind::StringSize,
            FieldKind::FunctionByte,
            FieldKind::Count,
            FieldKind::Instruction,
            FieldKind::ConstantTag,
            FieldKind::ConstantNumber,
            FieldKind::ConstantBoolean,
            FieldKind::Line,
            FieldKind::LocalRange,
        ] {
            assert!(kinds.contains(&kind), "{kind:?}");
        }
    }

    #[test]
    fn mutations_change_the_field_they_name() {
        let input = BytecodeInput {
            seed: 0,
            mutations: vec![Mutation::Operand {
                instruction: 0,
                operand: Operand::A,
                value: 200,
            }],
        };
        let seed = input.seed();
        let layout = ChunkLayout::of(&seed.chunk);
        let first = layout.nth(FieldKind::Instruction, 0).expect("code");
        let chunk = input.chunk();
        assert_eq!(chunk.len(), seed.chunk.len());
        let word = read_u32(&chunk, first.offset);
        assert_eq!((word >> 6) & 0xff, 200);
        assert_eq!(
            word & !(0xff << 6),
            read_u32(&seed.chunk, first.offset) & !(0xff << 6)
        );
        assert!(!same_code_as(&chunk, seed));
        assert!(same_code_as(&seed.chunk, seed));
    }

    #[test]
    fn null_string_constants_are_found_past_negative_lines() {
        // Found by the fuzz target: a negative line number in the main function hid a NULL
        // string constant in a nested one from the layout walk.
        let input = BytecodeInput {
            seed: 7,
            mutations: vec![
                Mutation::Line {
                    line: 202132492,
                    value: 3976989708,
                },
                Mutation::ConstantTag {
                    constant: 437970401,
                    tag: 6,
                },
                Mutation::ConstantNumber {
                    constant: 438370324,
                    value: 2147483648.0,
                },
                Mutation::ConstantTag {
                    constant: 1456920065,
                    tag: 4,
                },
                Mutation::FunctionByte { field: 0, value: 0 },
            ],
        };
        let layout = ChunkLayout::of(&input.chunk());
        assert!(layout.null_string_constant);
    }

    #[test]
    fn decoding_is_deterministic_and_bounded() {
        let bytes: Vec<u8> = (0..4000u32).map(|i| (i * 131 % 251) as u8).collect();
        let a = BytecodeInput::from_bytes(&bytes);
        assert_eq!(a, BytecodeInput::from_bytes(&bytes));
        assert!(a.mutations.len() <= MAX_MUTATIONS);
        assert_eq!(BytecodeInput::from_bytes(&[]).mutations, Vec::new());
    }

    #[test]
    fn string_literals_round_trip_through_the_lexer() {
        let bytes: Vec<u8> = (0..=255u8).chain(b"123".iter().copied()).collect();
        let source = format!("return {}", lua_string_literal(&bytes));
        let mut vm = ferrous_vm::Vm::new();
        let values = vm.exec(source.as_bytes(), b"=t").expect("runs");
        assert_eq!(vm.string_bytes(values[0]), Some(&bytes[..]));
    }
}
