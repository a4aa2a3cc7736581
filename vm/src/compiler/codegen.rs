//! Code generation for one function being compiled (5.1's `FuncState` and `lcode.c`).
//!
//! The parser drives this with expression descriptors. Registers are allocated LIFO above
//! the active locals; conditional code is built from jump lists threaded through the sBx
//! fields of the jumps themselves, patched once their targets are known. Every decision
//! here mirrors 5.1's, because the VM names variables in error messages by inspecting
//! this bytecode the way 5.1 does, and listings are compared with `luac` byte for byte.

use foldhash::HashMap;
use foldhash::HashMapExt;
use std::rc::Rc;

use crate::bytecode::{
    Constant, Instruction, OpCode, Proto, FIELDS_PER_FLUSH, MAXARG_BX, MAXARG_C, MAXARG_SBX,
    MAXINDEXRK, NO_REG,
};

use super::expr::{BinaryOp, ExpDesc, ExpKind, UnaryOp, NO_JUMP};

/// Registers a function may use (5.1's `MAXSTACK`).
pub const MAX_REGISTERS: u32 = 250;
/// Most constants (and, separately, nested functions) a function may have.
const MAX_CONSTANTS: usize = MAXARG_BX as usize;
/// Most local variable records a function may have (5.1 grows the array up to `SHRT_MAX`).
const MAX_LOCAL_RECORDS: usize = i16::MAX as usize;
/// The `B`/`C` value meaning "all values up to the stack top".
const MULTIPLE_RETURNS: i32 = -1;

/// A failure inside code generation.
#[derive(Debug, PartialEq, Eq)]
pub enum CodeError {
    /// A syntax error reported at the current token.
    Syntax(&'static str),
    /// A bare message without position, as 5.1's memory-limit errors are.
    Plain(&'static str),
}

pub type CodeResult<T> = Result<T, CodeError>;

/// A lexical block (5.1's `BlockCnt`).
#[derive(Debug)]
pub struct BlockScope {
    /// Jumps out of this loop (`break`s), patched when the loop ends.
    pub break_list: i32,
    /// Active locals outside the block.
    pub outer_locals: u32,
    /// Some local of the block is captured as an upvalue, so leaving it needs `CLOSE`.
    pub has_upvalue: bool,
    pub is_loop: bool,
}

/// Where a closure's upvalue comes from in the enclosing function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UpvalueSource {
    /// True when it is a local (register) of the enclosing function, false when it is one
    /// of the enclosing function's own upvalues.
    pub from_local: bool,
    pub index: u32,
}

/// Key identifying a constant: equal numbers (0 and -0 included) share one slot.
#[derive(Hash, PartialEq, Eq)]
enum ConstantKey {
    Nil,
    Boolean(bool),
    Number(u64),
    String(Rc<[u8]>),
}

pub struct FuncState {
    pub proto: Proto,
    constant_slots: HashMap<ConstantKey, u32>,
    pub upvalue_sources: Vec<UpvalueSource>,
    /// Indices into `proto.local_vars` of the active locals, then of declared but not yet
    /// active ones.
    pub active_vars: Vec<u16>,
    pub active_count: u32,
    pub free_reg: u32,
    pub blocks: Vec<BlockScope>,
    /// pc of the last jump target, so optimisations never merge across a label.
    last_target: i32,
    /// Jumps to the next instruction emitted, patched when it is emitted.
    pending_jumps: i32,
    /// Source line given to emitted instructions.
    pub line: u32,
}

impl FuncState {
    pub fn new(source: Rc<[u8]>, line_defined: u32, line: u32) -> FuncState {
        FuncState {
            proto: Proto {
                source,
                line_defined,
                // Registers 0 and 1 are always valid.
                max_stack_size: 2,
                ..Proto::default()
            },
            constant_slots: HashMap::new(),
            upvalue_sources: Vec::new(),
            active_vars: Vec::new(),
            active_count: 0,
            free_reg: 0,
            blocks: Vec::new(),
            last_target: -1,
            pending_jumps: NO_JUMP,
            line,
        }
    }

    pub fn pc(&self) -> u32 {
        self.proto.code.len() as u32
    }

    fn instruction(&mut self, pc: u32) -> &mut Instruction {
        &mut self.proto.code[pc as usize]
    }

    // ---- emission -------------------------------------------------------------------

    fn code(&mut self, instruction: Instruction) -> CodeResult<u32> {
        self.discharge_pending_jumps()?;
        self.proto.code.push(instruction);
        self.proto.line_info.push(self.line);
        Ok(self.pc() - 1)
    }

    pub fn code_abc(&mut self, op: OpCode, a: u32, b: u32, c: u32) -> CodeResult<u32> {
        self.code(Instruction::abc(op, a, b, c))
    }

    pub fn code_abx(&mut self, op: OpCode, a: u32, bx: u32) -> CodeResult<u32> {
        self.code(Instruction::abx(op, a, bx))
    }

    pub fn code_asbx(&mut self, op: OpCode, a: u32, sbx: i32) -> CodeResult<u32> {
        self.code(Instruction::asbx(op, a, sbx))
    }

    /// Gives the last emitted instruction another line.
    pub fn fix_line(&mut self, line: u32) {
        if let Some(last) = self.proto.line_info.last_mut() {
            *last = line;
        }
    }

    /// Sets `n` registers from `from` to nil, merging with a preceding LOADNIL when no
    /// jump lands in between, and emitting nothing at function start for fresh registers.
    pub fn load_nil(&mut self, from: u32, n: u32) -> CodeResult<()> {
        if self.pc() as i32 > self.last_target {
            if self.pc() == 0 {
                if from >= self.active_count {
                    return Ok(());
                }
            } else {
                let previous = self.pc() - 1;
                let instruction = *self.instruction(previous);
                if instruction.opcode() == Some(OpCode::LoadNil) {
                    let (previous_from, previous_to) = (instruction.a(), instruction.b());
                    if previous_from <= from && from <= previous_to + 1 {
                        if from + n - 1 > previous_to {
                            self.instruction(previous).set_b(from + n - 1);
                        }
                        return Ok(());
                    }
                }
            }
        }
        self.code_abc(OpCode::LoadNil, from, from + n - 1, 0)?;
        Ok(())
    }

    pub fn emit_return(&mut self, first: u32, count: i32) -> CodeResult<()> {
        self.code_abc(OpCode::Return, first, (count + 1) as u32, 0)?;
        Ok(())
    }

    pub fn set_list(&mut self, base: u32, items: u32, to_store: i32) -> CodeResult<()> {
        let batch = (items.saturating_sub(1)) / FIELDS_PER_FLUSH + 1;
        let count = if to_store == MULTIPLE_RETURNS {
            0
        } else {
            to_store as u32
        };
        if batch <= MAXARG_C {
            self.code_abc(OpCode::SetList, base, count, batch)?;
        } else {
            // The batch number does not fit in C: it goes in the next "instruction" word.
            self.code_abc(OpCode::SetList, base, count, 0)?;
            self.code(Instruction(batch))?;
        }
        self.free_reg = base + 1;
        Ok(())
    }

    // ---- jumps ----------------------------------------------------------------------

    /// Emits a jump, folding in the jumps pending for this position.
    pub fn jump(&mut self) -> CodeResult<i32> {
        let pending = std::mem::replace(&mut self.pending_jumps, NO_JUMP);
        let mut jump = self.code_asbx(OpCode::Jmp, 0, NO_JUMP)? as i32;
        self.concat(&mut jump, pending)?;
        Ok(jump)
    }

    fn conditional_jump(&mut self, op: OpCode, a: u32, b: u32, c: u32) -> CodeResult<i32> {
        self.code_abc(op, a, b, c)?;
        self.jump()
    }

    fn fix_jump(&mut self, pc: i32, destination: i32) -> CodeResult<()> {
        let offset = destination - (pc + 1);
        if offset.abs() > MAXARG_SBX {
            return Err(CodeError::Syntax("control structure too long"));
        }
        self.instruction(pc as u32).set_sbx(offset);
        Ok(())
    }

    /// Marks the current pc as a jump target and returns it.
    pub fn label(&mut self) -> u32 {
        self.last_target = self.pc() as i32;
        self.pc()
    }

    /// Next entry of a jump list (a jump to itself ends the list).
    fn next_jump(&self, pc: i32) -> i32 {
        let offset = self.proto.code[pc as usize].sbx();
        if offset == NO_JUMP {
            NO_JUMP
        } else {
            pc + 1 + offset
        }
    }

    /// The instruction controlling the jump at `pc`: the test before it, if any.
    fn jump_control(&self, pc: i32) -> usize {
        let pc = pc as usize;
        if pc >= 1 {
            if let Some(op) = self.proto.code[pc - 1].opcode() {
                if op.is_test() {
                    return pc - 1;
                }
            }
        }
        pc
    }

    /// True when some jump in the list is not a TESTSET, so its value must be produced.
    fn needs_value(&self, mut list: i32) -> bool {
        while list != NO_JUMP {
            let control = self.proto.code[self.jump_control(list)];
            if control.opcode() != Some(OpCode::TestSet) {
                return true;
            }
            list = self.next_jump(list);
        }
        false
    }

    /// Points the TESTSET controlling `node` at `reg`, or turns it into a TEST when no
    /// register needs the value. Returns false when `node` is not controlled by a TESTSET.
    fn patch_test_register(&mut self, node: i32, reg: u32) -> bool {
        let at = self.jump_control(node);
        let control = self.proto.code[at];
        if control.opcode() != Some(OpCode::TestSet) {
            return false;
        }
        if reg != NO_REG && reg != control.b() {
            self.proto.code[at].set_a(reg);
        } else {
            self.proto.code[at] = Instruction::abc(OpCode::Test, control.b(), 0, control.c());
        }
        true
    }

    fn remove_values(&mut self, mut list: i32) {
        while list != NO_JUMP {
            self.patch_test_register(list, NO_REG);
            list = self.next_jump(list);
        }
    }

    /// Patches a jump list: value-producing tests go to `value_target` (storing in `reg`),
    /// the others to `default_target`.
    fn patch_list_with(
        &mut self,
        mut list: i32,
        value_target: i32,
        reg: u32,
        default_target: i32,
    ) -> CodeResult<()> {
        while list != NO_JUMP {
            let next = self.next_jump(list);
            if self.patch_test_register(list, reg) {
                self.fix_jump(list, value_target)?;
            } else {
                self.fix_jump(list, default_target)?;
            }
            list = next;
        }
        Ok(())
    }

    fn discharge_pending_jumps(&mut self) -> CodeResult<()> {
        let pending = std::mem::replace(&mut self.pending_jumps, NO_JUMP);
        let here = self.pc() as i32;
        self.patch_list_with(pending, here, NO_REG, here)
    }

    pub fn patch_list(&mut self, list: i32, target: u32) -> CodeResult<()> {
        if target == self.pc() {
            self.patch_to_here(list)
        } else {
            self.patch_list_with(list, target as i32, NO_REG, target as i32)
        }
    }

    pub fn patch_to_here(&mut self, list: i32) -> CodeResult<()> {
        self.label();
        let mut pending = self.pending_jumps;
        self.concat(&mut pending, list)?;
        self.pending_jumps = pending;
        Ok(())
    }

    /// Appends jump list `other` to `list`.
    pub fn concat(&mut self, list: &mut i32, other: i32) -> CodeResult<()> {
        if other == NO_JUMP {
            return Ok(());
        }
        if *list == NO_JUMP {
            *list = other;
            return Ok(());
        }
        let mut last = *list;
        loop {
            let next = self.next_jump(last);
            if next == NO_JUMP {
                break;
            }
            last = next;
        }
        self.fix_jump(last, other)
    }

    // ---- registers ------------------------------------------------------------------

    pub fn check_stack(&mut self, n: u32) -> CodeResult<()> {
        let needed = self.free_reg + n;
        if needed > u32::from(self.proto.max_stack_size) {
            if needed >= MAX_REGISTERS {
                return Err(CodeError::Syntax("function or expression too complex"));
            }
            self.proto.max_stack_size = needed as u8;
        }
        Ok(())
    }

    pub fn reserve_registers(&mut self, n: u32) -> CodeResult<()> {
        self.check_stack(n)?;
        self.free_reg += n;
        Ok(())
    }

    fn free_register(&mut self, reg: u32) {
        if !Instruction::is_k(reg) && reg >= self.active_count {
            self.free_reg -= 1;
        }
    }

    pub fn free_expression(&mut self, e: &ExpDesc) {
        if let ExpKind::NonRelocatable(reg) = e.kind {
            self.free_register(reg);
        }
    }

    // ---- constants ------------------------------------------------------------------

    fn add_constant(&mut self, key: ConstantKey, value: Constant) -> CodeResult<u32> {
        if let Some(&index) = self.constant_slots.get(&key) {
            return Ok(index);
        }
        if self.proto.constants.len() >= MAX_CONSTANTS {
            return Err(CodeError::Plain("constant table overflow"));
        }
        let index = self.proto.constants.len() as u32;
        self.proto.constants.push(value);
        self.constant_slots.insert(key, index);
        Ok(index)
    }

    pub fn string_constant(&mut self, text: &Rc<[u8]>) -> CodeResult<u32> {
        self.add_constant(
            ConstantKey::String(text.clone()),
            Constant::String(text.clone()),
        )
    }

    pub fn number_constant(&mut self, value: f64) -> CodeResult<u32> {
        let key = if value == 0.0 { 0.0f64 } else { value };
        self.add_constant(ConstantKey::Number(key.to_bits()), Constant::Number(value))
    }

    fn boolean_constant(&mut self, value: bool) -> CodeResult<u32> {
        self.add_constant(ConstantKey::Boolean(value), Constant::Boolean(value))
    }

    fn nil_constant(&mut self) -> CodeResult<u32> {
        self.add_constant(ConstantKey::Nil, Constant::Nil)
    }

    // ---- other records --------------------------------------------------------------

    /// Records a local variable name; returns its index in the locals table.
    pub fn register_local(&mut self, name: Rc<[u8]>) -> CodeResult<u16> {
        if self.proto.local_vars.len() >= MAX_LOCAL_RECORDS {
            return Err(CodeError::Plain("too many local variables"));
        }
        self.proto.local_vars.push(crate::bytecode::LocalVar {
            name,
            start_pc: 0,
            end_pc: 0,
        });
        Ok((self.proto.local_vars.len() - 1) as u16)
    }

    /// Adds a nested function; returns its index.
    pub fn add_child(&mut self, child: Proto) -> CodeResult<u32> {
        if self.proto.protos.len() >= MAX_CONSTANTS {
            return Err(CodeError::Plain("constant table overflow"));
        }
        self.proto.protos.push(Rc::new(child));
        Ok(self.proto.protos.len() as u32 - 1)
    }

    // ---- expressions to values ------------------------------------------------------

    pub fn set_returns(&mut self, e: &mut ExpDesc, results: i32) -> CodeResult<()> {
        match e.kind {
            ExpKind::Call(pc) => self.instruction(pc).set_c((results + 1) as u32),
            ExpKind::VarArg(pc) => {
                let free = self.free_reg;
                let instruction = self.instruction(pc);
                instruction.set_b((results + 1) as u32);
                instruction.set_a(free);
                self.reserve_registers(1)?;
            }
            _ => {}
        }
        Ok(())
    }

    pub fn set_multiple_returns(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        self.set_returns(e, MULTIPLE_RETURNS)
    }

    pub fn set_one_return(&mut self, e: &mut ExpDesc) {
        match e.kind {
            ExpKind::Call(pc) => {
                e.kind = ExpKind::NonRelocatable(self.proto.code[pc as usize].a());
            }
            ExpKind::VarArg(pc) => {
                self.instruction(pc).set_b(2);
                e.kind = ExpKind::Relocatable(pc);
            }
            _ => {}
        }
    }

    /// Turns a variable reference into a value (emitting the read if needed).
    pub fn discharge_vars(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        match e.kind {
            ExpKind::Local(reg) => e.kind = ExpKind::NonRelocatable(reg),
            ExpKind::Upvalue(index) => {
                e.kind = ExpKind::Relocatable(self.code_abc(OpCode::GetUpval, 0, index, 0)?);
            }
            ExpKind::Global(name) => {
                e.kind = ExpKind::Relocatable(self.code_abx(OpCode::GetGlobal, 0, name)?);
            }
            ExpKind::Indexed { table, key } => {
                self.free_register(key);
                self.free_register(table);
                e.kind = ExpKind::Relocatable(self.code_abc(OpCode::GetTable, 0, table, key)?);
            }
            ExpKind::Call(_) | ExpKind::VarArg(_) => self.set_one_return(e),
            _ => {}
        }
        Ok(())
    }

    fn code_label(&mut self, reg: u32, value: u32, skip: u32) -> CodeResult<u32> {
        self.label();
        self.code_abc(OpCode::LoadBool, reg, value, skip)
    }

    fn discharge_to_register(&mut self, e: &mut ExpDesc, reg: u32) -> CodeResult<()> {
        self.discharge_vars(e)?;
        match e.kind {
            ExpKind::Nil => self.load_nil(reg, 1)?,
            ExpKind::False => {
                self.code_abc(OpCode::LoadBool, reg, 0, 0)?;
            }
            ExpKind::True => {
                self.code_abc(OpCode::LoadBool, reg, 1, 0)?;
            }
            ExpKind::Constant(index) => {
                self.code_abx(OpCode::LoadK, reg, index)?;
            }
            ExpKind::Number(value) => {
                let index = self.number_constant(value)?;
                self.code_abx(OpCode::LoadK, reg, index)?;
            }
            ExpKind::Relocatable(pc) => self.instruction(pc).set_a(reg),
            ExpKind::NonRelocatable(source) => {
                if source != reg {
                    self.code_abc(OpCode::Move, reg, source, 0)?;
                }
            }
            // Void or Jump: nothing to load here.
            _ => return Ok(()),
        }
        e.kind = ExpKind::NonRelocatable(reg);
        Ok(())
    }

    fn discharge_to_any_register(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        if !matches!(e.kind, ExpKind::NonRelocatable(_)) {
            self.reserve_registers(1)?;
            self.discharge_to_register(e, self.free_reg - 1)?;
        }
        Ok(())
    }

    /// Puts the value in `reg`, materialising pending jumps as boolean loads.
    fn exp_to_register(&mut self, e: &mut ExpDesc, reg: u32) -> CodeResult<()> {
        self.discharge_to_register(e, reg)?;
        if let ExpKind::Jump(pc) = e.kind {
            let mut true_jumps = e.true_jumps;
            self.concat(&mut true_jumps, pc as i32)?;
            e.true_jumps = true_jumps;
        }
        if e.has_jumps() {
            let mut load_false = NO_JUMP;
            let mut load_true = NO_JUMP;
            if self.needs_value(e.true_jumps) || self.needs_value(e.false_jumps) {
                let skip = if matches!(e.kind, ExpKind::Jump(_)) {
                    NO_JUMP
                } else {
                    self.jump()?
                };
                load_false = self.code_label(reg, 0, 1)? as i32;
                load_true = self.code_label(reg, 1, 0)? as i32;
                self.patch_to_here(skip)?;
            }
            let end = self.label() as i32;
            self.patch_list_with(e.false_jumps, end, reg, load_false)?;
            self.patch_list_with(e.true_jumps, end, reg, load_true)?;
        }
        e.true_jumps = NO_JUMP;
        e.false_jumps = NO_JUMP;
        e.kind = ExpKind::NonRelocatable(reg);
        Ok(())
    }

    pub fn exp_to_next_register(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        self.discharge_vars(e)?;
        self.free_expression(e);
        self.reserve_registers(1)?;
        self.exp_to_register(e, self.free_reg - 1)
    }

    pub fn exp_to_any_register(&mut self, e: &mut ExpDesc) -> CodeResult<u32> {
        self.discharge_vars(e)?;
        if let ExpKind::NonRelocatable(reg) = e.kind {
            if !e.has_jumps() {
                return Ok(reg);
            }
            if reg >= self.active_count {
                self.exp_to_register(e, reg)?;
                return Ok(reg);
            }
        }
        self.exp_to_next_register(e)?;
        Ok(self.register_of(e))
    }

    fn register_of(&self, e: &ExpDesc) -> u32 {
        match e.kind {
            ExpKind::NonRelocatable(reg) | ExpKind::Local(reg) => reg,
            _ => NO_REG,
        }
    }

    pub fn exp_to_value(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        if e.has_jumps() {
            self.exp_to_any_register(e)?;
            Ok(())
        } else {
            self.discharge_vars(e)
        }
    }

    /// An RK operand for the expression: a constant index when it fits, else a register.
    pub fn exp_to_rk(&mut self, e: &mut ExpDesc) -> CodeResult<u32> {
        self.exp_to_value(e)?;
        match e.kind {
            // Only while the constant table is small enough for the new index to fit.
            ExpKind::Number(_) | ExpKind::True | ExpKind::False | ExpKind::Nil
                if self.proto.constants.len() as u32 <= MAXINDEXRK =>
            {
                let index = match e.kind {
                    ExpKind::Nil => self.nil_constant()?,
                    ExpKind::Number(value) => self.number_constant(value)?,
                    ExpKind::True => self.boolean_constant(true)?,
                    _ => self.boolean_constant(false)?,
                };
                e.kind = ExpKind::Constant(index);
                return Ok(rk_constant(index));
            }
            ExpKind::Constant(index) if index <= MAXINDEXRK => return Ok(rk_constant(index)),
            _ => {}
        }
        self.exp_to_any_register(e)
    }

    /// Stores `value` into the variable `var`.
    pub fn store_var(&mut self, var: &ExpDesc, value: &mut ExpDesc) -> CodeResult<()> {
        match var.kind {
            ExpKind::Local(reg) => {
                self.free_expression(value);
                return self.exp_to_register(value, reg);
            }
            ExpKind::Upvalue(index) => {
                let source = self.exp_to_any_register(value)?;
                self.code_abc(OpCode::SetUpval, source, index, 0)?;
            }
            ExpKind::Global(name) => {
                let source = self.exp_to_any_register(value)?;
                self.code_abx(OpCode::SetGlobal, source, name)?;
            }
            ExpKind::Indexed { table, key } => {
                let source = self.exp_to_rk(value)?;
                self.code_abc(OpCode::SetTable, table, key, source)?;
            }
            // The parser only stores into variables.
            _ => return Err(CodeError::Syntax("syntax error")),
        }
        self.free_expression(value);
        Ok(())
    }

    /// `object:method` — SELF puts the method and the object in two fresh registers.
    pub fn method_self(&mut self, e: &mut ExpDesc, key: &mut ExpDesc) -> CodeResult<()> {
        self.exp_to_any_register(e)?;
        self.free_expression(e);
        let function = self.free_reg;
        self.reserve_registers(2)?;
        let object = self.register_of(e);
        let key_operand = self.exp_to_rk(key)?;
        self.code_abc(OpCode::SelfOp, function, object, key_operand)?;
        self.free_expression(key);
        e.kind = ExpKind::NonRelocatable(function);
        Ok(())
    }

    fn invert_jump(&mut self, jump_pc: u32) {
        let at = self.jump_control(jump_pc as i32);
        let a = self.proto.code[at].a();
        self.proto.code[at].set_a(u32::from(a == 0));
    }

    fn jump_on_condition(&mut self, e: &mut ExpDesc, condition: bool) -> CodeResult<i32> {
        if let ExpKind::Relocatable(pc) = e.kind {
            let instruction = self.proto.code[pc as usize];
            if instruction.opcode() == Some(OpCode::Not) {
                // Drop the NOT and test its operand with the opposite condition.
                self.proto.code.pop();
                self.proto.line_info.pop();
                return self.conditional_jump(
                    OpCode::Test,
                    instruction.b(),
                    0,
                    u32::from(!condition),
                );
            }
        }
        self.discharge_to_any_register(e)?;
        self.free_expression(e);
        let reg = self.register_of(e);
        self.conditional_jump(OpCode::TestSet, NO_REG, reg, u32::from(condition))
    }

    /// Emits code that falls through when `e` is true and jumps (via its false list) when not.
    pub fn go_if_true(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        self.discharge_vars(e)?;
        let jump = match e.kind {
            // Always true: nothing to test. (5.1.5 has no shortcut for always false.)
            ExpKind::Constant(_) | ExpKind::Number(_) | ExpKind::True => NO_JUMP,
            ExpKind::Jump(pc) => {
                self.invert_jump(pc);
                pc as i32
            }
            _ => self.jump_on_condition(e, false)?,
        };
        let mut false_jumps = e.false_jumps;
        self.concat(&mut false_jumps, jump)?;
        e.false_jumps = false_jumps;
        self.patch_to_here(e.true_jumps)?;
        e.true_jumps = NO_JUMP;
        Ok(())
    }

    fn go_if_false(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        self.discharge_vars(e)?;
        let jump = match e.kind {
            // Always false: nothing to test. (5.1.5 has no shortcut for always true.)
            ExpKind::Nil | ExpKind::False => NO_JUMP,
            ExpKind::Jump(pc) => pc as i32,
            _ => self.jump_on_condition(e, true)?,
        };
        let mut true_jumps = e.true_jumps;
        self.concat(&mut true_jumps, jump)?;
        e.true_jumps = true_jumps;
        self.patch_to_here(e.false_jumps)?;
        e.false_jumps = NO_JUMP;
        Ok(())
    }

    fn code_not(&mut self, e: &mut ExpDesc) -> CodeResult<()> {
        self.discharge_vars(e)?;
        match e.kind {
            ExpKind::Nil | ExpKind::False => e.kind = ExpKind::True,
            ExpKind::Constant(_) | ExpKind::Number(_) | ExpKind::True => e.kind = ExpKind::False,
            ExpKind::Jump(pc) => self.invert_jump(pc),
            ExpKind::Relocatable(_) | ExpKind::NonRelocatable(_) => {
                self.discharge_to_any_register(e)?;
                self.free_expression(e);
                let reg = self.register_of(e);
                e.kind = ExpKind::Relocatable(self.code_abc(OpCode::Not, 0, reg, 0)?);
            }
            _ => return Err(CodeError::Syntax("syntax error")),
        }
        std::mem::swap(&mut e.true_jumps, &mut e.false_jumps);
        self.remove_values(e.false_jumps);
        self.remove_values(e.true_jumps);
        Ok(())
    }

    /// Turns `t` into `t[k]`.
    pub fn indexed(&mut self, t: &mut ExpDesc, k: &mut ExpDesc) -> CodeResult<()> {
        let key = self.exp_to_rk(k)?;
        let table = self.register_of(t);
        t.kind = ExpKind::Indexed { table, key };
        Ok(())
    }

    // ---- operators ------------------------------------------------------------------

    /// Folds an arithmetic operation on two numerals the way 5.1 does (never dividing by
    /// zero, never producing NaN); returns false when it cannot.
    fn fold_constants(op: OpCode, e1: &mut ExpDesc, e2: &ExpDesc) -> bool {
        let (Some(v1), Some(v2)) = (e1.numeral(), e2.numeral()) else {
            return false;
        };
        let result = match op {
            OpCode::Add => v1 + v2,
            OpCode::Sub => v1 - v2,
            OpCode::Mul => v1 * v2,
            OpCode::Div if v2 != 0.0 => v1 / v2,
            OpCode::Mod if v2 != 0.0 => v1 - (v1 / v2).floor() * v2,
            OpCode::Pow => v1.powf(v2),
            OpCode::Unm => -v1,
            _ => return false,
        };
        if result.is_nan() {
            return false;
        }
        e1.kind = ExpKind::Number(result);
        true
    }

    fn code_arithmetic(
        &mut self,
        op: OpCode,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
    ) -> CodeResult<()> {
        if Self::fold_constants(op, e1, e2) {
            return Ok(());
        }
        let o2 = if op != OpCode::Unm && op != OpCode::Len {
            self.exp_to_rk(e2)?
        } else {
            0
        };
        let o1 = self.exp_to_rk(e1)?;
        // Free in LIFO order: the higher register first.
        if o1 > o2 {
            self.free_expression(e1);
            self.free_expression(e2);
        } else {
            self.free_expression(e2);
            self.free_expression(e1);
        }
        e1.kind = ExpKind::Relocatable(self.code_abc(op, 0, o1, o2)?);
        Ok(())
    }

    fn code_comparison(
        &mut self,
        op: OpCode,
        condition: bool,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
    ) -> CodeResult<()> {
        let mut o1 = self.exp_to_rk(e1)?;
        let mut o2 = self.exp_to_rk(e2)?;
        self.free_expression(e2);
        self.free_expression(e1);
        let mut condition = condition;
        if !condition && op != OpCode::Eq {
            // a > b is b < a, a >= b is b <= a.
            std::mem::swap(&mut o1, &mut o2);
            condition = true;
        }
        let jump = self.conditional_jump(op, u32::from(condition), o1, o2)?;
        e1.kind = ExpKind::Jump(jump as u32);
        Ok(())
    }

    pub fn prefix(&mut self, op: UnaryOp, e: &mut ExpDesc) -> CodeResult<()> {
        let mut operand = ExpDesc::new(ExpKind::Number(0.0));
        match op {
            UnaryOp::Minus => {
                if e.numeral().is_none() {
                    self.exp_to_any_register(e)?;
                }
                self.code_arithmetic(OpCode::Unm, e, &mut operand)
            }
            UnaryOp::Not => self.code_not(e),
            UnaryOp::Length => {
                self.exp_to_any_register(e)?;
                self.code_arithmetic(OpCode::Len, e, &mut operand)
            }
        }
    }

    /// Prepares the left operand before the right one is parsed.
    pub fn infix(&mut self, op: BinaryOp, v: &mut ExpDesc) -> CodeResult<()> {
        match op {
            BinaryOp::And => self.go_if_true(v),
            BinaryOp::Or => self.go_if_false(v),
            BinaryOp::Concat => self.exp_to_next_register(v),
            BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Mod
            | BinaryOp::Pow => {
                if v.numeral().is_none() {
                    self.exp_to_rk(v)?;
                }
                Ok(())
            }
            _ => {
                self.exp_to_rk(v)?;
                Ok(())
            }
        }
    }

    /// Combines both operands once the right one is parsed.
    pub fn postfix(&mut self, op: BinaryOp, e1: &mut ExpDesc, e2: &mut ExpDesc) -> CodeResult<()> {
        match op {
            BinaryOp::And => {
                self.discharge_vars(e2)?;
                let mut false_jumps = e2.false_jumps;
                self.concat(&mut false_jumps, e1.false_jumps)?;
                e2.false_jumps = false_jumps;
                *e1 = *e2;
                Ok(())
            }
            BinaryOp::Or => {
                self.discharge_vars(e2)?;
                let mut true_jumps = e2.true_jumps;
                self.concat(&mut true_jumps, e1.true_jumps)?;
                e2.true_jumps = true_jumps;
                *e1 = *e2;
                Ok(())
            }
            BinaryOp::Concat => {
                self.exp_to_value(e2)?;
                if let ExpKind::Relocatable(pc) = e2.kind {
                    if self.proto.code[pc as usize].opcode() == Some(OpCode::Concat) {
                        // Extend the right operand's CONCAT down to the left operand.
                        self.free_expression(e1);
                        let first = self.register_of(e1);
                        self.instruction(pc).set_b(first);
                        e1.kind = ExpKind::Relocatable(pc);
                        return Ok(());
                    }
                }
                self.exp_to_next_register(e2)?;
                self.code_arithmetic(OpCode::Concat, e1, e2)
            }
            BinaryOp::Add => self.code_arithmetic(OpCode::Add, e1, e2),
            BinaryOp::Sub => self.code_arithmetic(OpCode::Sub, e1, e2),
            BinaryOp::Mul => self.code_arithmetic(OpCode::Mul, e1, e2),
            BinaryOp::Div => self.code_arithmetic(OpCode::Div, e1, e2),
            BinaryOp::Mod => self.code_arithmetic(OpCode::Mod, e1, e2),
            BinaryOp::Pow => self.code_arithmetic(OpCode::Pow, e1, e2),
            BinaryOp::Eq => self.code_comparison(OpCode::Eq, true, e1, e2),
            BinaryOp::Ne => self.code_comparison(OpCode::Eq, false, e1, e2),
            BinaryOp::Lt => self.code_comparison(OpCode::Lt, true, e1, e2),
            BinaryOp::Le => self.code_comparison(OpCode::Le, true, e1, e2),
            BinaryOp::Gt => self.code_comparison(OpCode::Lt, false, e1, e2),
            BinaryOp::Ge => self.code_comparison(OpCode::Le, false, e1, e2),
        }
    }
}

/// The RK operand naming constant `index`.
fn rk_constant(index: u32) -> u32 {
    index | crate::bytecode::BITRK
}
