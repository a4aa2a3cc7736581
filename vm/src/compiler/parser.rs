//! The Lua 5.1 grammar, parsed in one pass that emits code as it goes (5.1's `lparser.c`).
//!
//! The functions being compiled form a stack: `current` is the innermost, `enclosing` the
//! ones around it (outermost first). Nesting depth is bounded by the same level counter as
//! 5.1 (`nCcalls`, limit 200), which also bounds this parser's recursion.

use std::rc::Rc;

use crate::bytecode::{OpCode, Proto, VARARG_HASARG, VARARG_ISVARARG, VARARG_NEEDSARG};

use super::codegen::{BlockScope, CodeError, FuncState, UpvalueSource};
use super::expr::{BinaryOp, ExpDesc, ExpKind, UnaryOp, NO_JUMP, UNARY_PRIORITY};
use super::lexer::{Input, Lexer, Near, Token};
use super::SyntaxError;

/// 5.1's `LUAI_MAXCCALLS`: nesting limit shared by syntax levels and C calls.
const MAX_LEVELS: u32 = 200;
/// Most active local variables per function.
const MAX_LOCALS: u32 = 200;
/// Most upvalues per function.
const MAX_UPVALUES: u32 = 60;
/// The result count meaning "all results".
const MULTIPLE_RETURNS: i32 = -1;

/// A failure while parsing: either already a message, or a code generator failure that
/// still needs the lexer's position to become one.
pub enum ParseError {
    Syntax(SyntaxError),
    Code(CodeError),
}

impl From<SyntaxError> for ParseError {
    fn from(error: SyntaxError) -> ParseError {
        ParseError::Syntax(error)
    }
}

impl From<CodeError> for ParseError {
    fn from(error: CodeError) -> ParseError {
        ParseError::Code(error)
    }
}

type ParseResult<T> = Result<T, ParseError>;

/// List items of a table constructor being compiled (5.1's `ConsControl`).
struct Constructor {
    /// The last list item read, not yet stored in a register.
    pending_item: ExpDesc,
    table_reg: u32,
    hash_items: u32,
    array_items: u32,
    /// Array items in registers waiting for a SETLIST.
    to_store: u32,
}

pub struct Parser<'s> {
    lex: Lexer<'s>,
    current: FuncState,
    enclosing: Vec<FuncState>,
    /// Nesting level (5.1's `nCcalls`), starting from the caller's C-call depth.
    levels: u32,
    source: Rc<[u8]>,
}

/// Compiles a whole chunk into its main function.
pub fn parse_chunk(
    source: Input<'_>,
    chunk_name: &[u8],
    chunk_id: Vec<u8>,
    c_call_depth: u32,
) -> Result<Proto, SyntaxError> {
    let name: Rc<[u8]> = Rc::from(chunk_name);
    let mut parser = Parser {
        lex: Lexer::new(source, chunk_id),
        current: FuncState::new(name.clone(), 0, 1),
        enclosing: Vec::new(),
        levels: c_call_depth,
        source: name,
    };
    match parser.main_function() {
        Ok(proto) => Ok(proto),
        Err(ParseError::Syntax(error)) => Err(error),
        Err(ParseError::Code(CodeError::Syntax(message))) => {
            Err(parser.lex.syntax_error(message.as_bytes()))
        }
        Err(ParseError::Code(CodeError::Plain(message))) => Err(SyntaxError {
            message: message.as_bytes().to_vec(),
        }),
    }
}

fn block_follow(token: &Token) -> bool {
    matches!(
        token,
        Token::Else | Token::Elseif | Token::End | Token::Until | Token::Eos
    )
}

fn unary_op(token: &Token) -> Option<UnaryOp> {
    match token {
        Token::Not => Some(UnaryOp::Not),
        Token::Char(b'-') => Some(UnaryOp::Minus),
        Token::Char(b'#') => Some(UnaryOp::Length),
        _ => None,
    }
}

fn binary_op(token: &Token) -> Option<BinaryOp> {
    Some(match token {
        Token::Char(b'+') => BinaryOp::Add,
        Token::Char(b'-') => BinaryOp::Sub,
        Token::Char(b'*') => BinaryOp::Mul,
        Token::Char(b'/') => BinaryOp::Div,
        Token::Char(b'%') => BinaryOp::Mod,
        Token::Char(b'^') => BinaryOp::Pow,
        Token::Concat => BinaryOp::Concat,
        Token::Ne => BinaryOp::Ne,
        Token::Eq => BinaryOp::Eq,
        Token::Char(b'<') => BinaryOp::Lt,
        Token::Le => BinaryOp::Le,
        Token::Char(b'>') => BinaryOp::Gt,
        Token::Ge => BinaryOp::Ge,
        Token::And => BinaryOp::And,
        Token::Or => BinaryOp::Or,
        _ => return None,
    })
}

fn is_assignable(kind: ExpKind) -> bool {
    matches!(
        kind,
        ExpKind::Local(_) | ExpKind::Upvalue(_) | ExpKind::Global(_) | ExpKind::Indexed { .. }
    )
}

/// 5.1's `luaO_int2fb`: a size as a tiny float (`eeeeexxx`), for NEWTABLE's size hints.
fn size_hint(mut x: u32) -> u32 {
    let mut exponent = 0;
    while x >= 16 {
        x = (x + 1) >> 1;
        exponent += 1;
    }
    if x < 8 {
        x
    } else {
        ((exponent + 1) << 3) | (x - 8)
    }
}

impl<'s> Parser<'s> {
    /// The innermost function, ready to emit code at the current line.
    fn fs(&mut self) -> &mut FuncState {
        self.current.line = self.lex.last_line;
        &mut self.current
    }

    /// The function `depth` levels out from the innermost one (0 is the innermost).
    fn function_at(&mut self, depth: usize) -> &mut FuncState {
        if depth == 0 {
            &mut self.current
        } else {
            let index = self.enclosing.len() - depth;
            &mut self.enclosing[index]
        }
    }

    // ---- token helpers --------------------------------------------------------------

    fn next(&mut self) -> ParseResult<()> {
        self.lex.next()?;
        Ok(())
    }

    fn is(&self, byte: u8) -> bool {
        self.lex.token == Token::Char(byte)
    }

    fn test_next(&mut self, token: &Token) -> ParseResult<bool> {
        if self.lex.token == *token {
            self.next()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn error_expected(&self, token: &Token) -> ParseError {
        let mut message = b"'".to_vec();
        message.extend_from_slice(&token.spelling());
        message.extend_from_slice(b"' expected");
        self.lex.syntax_error(&message).into()
    }

    fn check(&self, token: &Token) -> ParseResult<()> {
        if self.lex.token == *token {
            Ok(())
        } else {
            Err(self.error_expected(token))
        }
    }

    fn check_next(&mut self, token: &Token) -> ParseResult<()> {
        self.check(token)?;
        self.next()
    }

    /// Expects `what` closing `who` opened at line `line`.
    fn check_match(&mut self, what: &Token, who: &Token, line: u32) -> ParseResult<()> {
        if self.test_next(what)? {
            return Ok(());
        }
        if line == self.lex.line {
            return Err(self.error_expected(what));
        }
        let mut message = b"'".to_vec();
        message.extend_from_slice(&what.spelling());
        message.extend_from_slice(b"' expected (to close '");
        message.extend_from_slice(&who.spelling());
        message.extend_from_slice(format!("' at line {})", line).as_bytes());
        Err(self.lex.syntax_error(&message).into())
    }

    fn check_name(&mut self) -> ParseResult<Rc<[u8]>> {
        match &self.lex.token {
            Token::Name(name) => {
                let name = name.clone();
                self.next()?;
                Ok(name)
            }
            _ => Err(self.error_expected(&Token::Name(Rc::from(&b""[..])))),
        }
    }

    fn syntax_error(&self, message: &str) -> ParseError {
        self.lex.syntax_error(message.as_bytes()).into()
    }

    /// "function at line N has more than L what", reported without a "near" part.
    fn limit_error(&self, line_defined: u32, limit: u32, what: &str) -> ParseError {
        let message = if line_defined == 0 {
            format!("main function has more than {} {}", limit, what)
        } else {
            format!(
                "function at line {} has more than {} {}",
                line_defined, limit, what
            )
        };
        self.lex.error(message.as_bytes(), Near::Nothing).into()
    }

    fn enter_level(&mut self) -> ParseResult<()> {
        self.levels += 1;
        if self.levels > MAX_LEVELS {
            return Err(self
                .lex
                .error(b"chunk has too many syntax levels", Near::Nothing)
                .into());
        }
        Ok(())
    }

    fn leave_level(&mut self) {
        self.levels -= 1;
    }

    // ---- variables ------------------------------------------------------------------

    /// Declares the `n`th of a group of new locals (active after `adjust_local_vars`).
    fn new_local(&mut self, name: Rc<[u8]>, n: u32) -> ParseResult<()> {
        let slot = self.current.active_count + n;
        if slot + 1 > MAX_LOCALS {
            return Err(self.limit_error(
                self.current.proto.line_defined,
                MAX_LOCALS,
                "local variables",
            ));
        }
        let record = self.current.register_local(name)?;
        let slot = slot as usize;
        if self.current.active_vars.len() <= slot {
            self.current.active_vars.resize(slot + 1, 0);
        }
        self.current.active_vars[slot] = record;
        Ok(())
    }

    fn new_local_literal(&mut self, name: &str, n: u32) -> ParseResult<()> {
        self.new_local(Rc::from(name.as_bytes()), n)
    }

    fn local_record(&mut self, slot: u32) -> &mut crate::bytecode::LocalVar {
        let record = self.current.active_vars[slot as usize] as usize;
        &mut self.current.proto.local_vars[record]
    }

    /// Activates the last `n` declared locals from the current pc on.
    fn adjust_local_vars(&mut self, n: u32) {
        self.current.active_count += n;
        let pc = self.current.pc();
        for slot in self.current.active_count - n..self.current.active_count {
            self.local_record(slot).start_pc = pc;
        }
    }

    fn remove_vars(&mut self, to_level: u32) {
        let pc = self.current.pc();
        while self.current.active_count > to_level {
            self.current.active_count -= 1;
            let slot = self.current.active_count;
            self.local_record(slot).end_pc = pc;
        }
    }

    /// Resolves `name` as seen from the function `depth` levels out: a local there, an
    /// upvalue (created on the way as needed), or `None` for a global.
    fn resolve(
        &mut self,
        depth: usize,
        name: &Rc<[u8]>,
        is_use_site: bool,
    ) -> ParseResult<Option<ExpKind>> {
        if depth > self.enclosing.len() {
            return Ok(None);
        }
        let fs = self.function_at(depth);
        let found = (0..fs.active_count).rev().find(|&slot| {
            fs.proto.local_vars[fs.active_vars[slot as usize] as usize].name == *name
        });
        if let Some(slot) = found {
            if !is_use_site {
                // Captured by an inner function: its block must close it on exit.
                if let Some(block) = fs.blocks.iter_mut().rev().find(|b| b.outer_locals <= slot) {
                    block.has_upvalue = true;
                }
            }
            return Ok(Some(ExpKind::Local(slot)));
        }
        let Some(outer) = self.resolve(depth + 1, name, false)? else {
            return Ok(None);
        };
        let source = match outer {
            ExpKind::Local(slot) => UpvalueSource {
                from_local: true,
                index: slot,
            },
            ExpKind::Upvalue(index) => UpvalueSource {
                from_local: false,
                index,
            },
            _ => return Ok(None),
        };
        let fs = self.function_at(depth);
        if let Some(index) = fs.upvalue_sources.iter().position(|u| *u == source) {
            return Ok(Some(ExpKind::Upvalue(index as u32)));
        }
        if fs.upvalue_sources.len() as u32 + 1 > MAX_UPVALUES {
            let line_defined = fs.proto.line_defined;
            return Err(self.limit_error(line_defined, MAX_UPVALUES, "upvalues"));
        }
        fs.upvalue_sources.push(source);
        fs.proto.upvalue_names.push(name.clone());
        Ok(Some(ExpKind::Upvalue(fs.upvalue_sources.len() as u32 - 1)))
    }

    fn single_var(&mut self) -> ParseResult<ExpDesc> {
        let name = self.check_name()?;
        match self.resolve(0, &name, true)? {
            Some(kind) => Ok(ExpDesc::new(kind)),
            None => {
                let constant = self.fs().string_constant(&name)?;
                Ok(ExpDesc::new(ExpKind::Global(constant)))
            }
        }
    }

    /// Makes `nvars` values out of `nexps` expressions, `last` being the last of them.
    fn adjust_assign(&mut self, nvars: u32, nexps: u32, last: &mut ExpDesc) -> ParseResult<()> {
        let mut extra = nvars as i32 - nexps as i32;
        if last.is_multi_value() {
            extra = (extra + 1).max(0);
            self.fs().set_returns(last, extra)?;
            if extra > 1 {
                self.fs().reserve_registers(extra as u32 - 1)?;
            }
        } else {
            if last.kind != ExpKind::Void {
                self.fs().exp_to_next_register(last)?;
            }
            if extra > 0 {
                let reg = self.current.free_reg;
                self.fs().reserve_registers(extra as u32)?;
                self.fs().load_nil(reg, extra as u32)?;
            }
        }
        Ok(())
    }

    // ---- functions and blocks -------------------------------------------------------

    fn open_function(&mut self, line_defined: u32) {
        let inner = FuncState::new(self.source.clone(), line_defined, self.lex.last_line);
        let outer = std::mem::replace(&mut self.current, inner);
        self.enclosing.push(outer);
    }

    /// Finishes the innermost function and returns it.
    fn close_function(&mut self) -> ParseResult<FuncState> {
        self.finish_function()?;
        // `body` opened this function, so an enclosing one exists; the fallback only keeps
        // the parser total.
        let outer = self
            .enclosing
            .pop()
            .unwrap_or_else(|| FuncState::new(self.source.clone(), 0, self.lex.last_line));
        Ok(std::mem::replace(&mut self.current, outer))
    }

    /// Ends the innermost function's scope and code with the final `return`.
    fn finish_function(&mut self) -> ParseResult<()> {
        self.remove_vars(0);
        self.fs().emit_return(0, 0)?;
        self.current.proto.num_upvalues = self.current.upvalue_sources.len() as u8;
        Ok(())
    }

    fn main_function(&mut self) -> ParseResult<Proto> {
        // The main chunk always takes `...`, and has no `arg` local.
        self.current.proto.is_vararg = VARARG_ISVARARG;
        self.next()?;
        self.chunk()?;
        self.check(&Token::Eos)?;
        self.finish_function()?;
        Ok(std::mem::take(&mut self.current.proto))
    }

    fn enter_block(&mut self, is_loop: bool) {
        let outer_locals = self.current.active_count;
        self.current.blocks.push(BlockScope {
            break_list: NO_JUMP,
            outer_locals,
            has_upvalue: false,
            is_loop,
        });
    }

    fn leave_block(&mut self) -> ParseResult<()> {
        let Some(block) = self.current.blocks.pop() else {
            return Ok(());
        };
        self.remove_vars(block.outer_locals);
        if block.has_upvalue {
            self.fs()
                .code_abc(OpCode::Close, block.outer_locals, 0, 0)?;
        }
        self.current.free_reg = self.current.active_count;
        self.fs().patch_to_here(block.break_list)?;
        Ok(())
    }

    /// `chunk -> { stat [';'] }`
    fn chunk(&mut self) -> ParseResult<()> {
        self.enter_level()?;
        let mut is_last = false;
        while !is_last && !block_follow(&self.lex.token) {
            is_last = self.statement()?;
            self.test_next(&Token::Char(b';'))?;
            self.current.free_reg = self.current.active_count;
        }
        self.leave_level();
        Ok(())
    }

    fn block(&mut self) -> ParseResult<()> {
        self.enter_block(false);
        self.chunk()?;
        self.leave_block()
    }

    /// `body -> '(' parlist ')' chunk END`; returns the closure expression.
    fn body(&mut self, needs_self: bool, line: u32) -> ParseResult<ExpDesc> {
        self.open_function(line);
        self.check_next(&Token::Char(b'('))?;
        if needs_self {
            self.new_local_literal("self", 0)?;
            self.adjust_local_vars(1);
        }
        self.parameter_list()?;
        self.check_next(&Token::Char(b')'))?;
        self.chunk()?;
        self.current.proto.last_line_defined = self.lex.line;
        self.check_match(&Token::End, &Token::Function, line)?;
        let function = self.close_function()?;
        self.push_closure(function)
    }

    fn parameter_list(&mut self) -> ParseResult<()> {
        let mut count = 0;
        let mut vararg = 0;
        if !self.is(b')') {
            loop {
                match self.lex.token {
                    Token::Name(_) => {
                        let name = self.check_name()?;
                        self.new_local(name, count)?;
                        count += 1;
                    }
                    Token::Dots => {
                        self.next()?;
                        // 5.0 compatibility: the extra arguments are also in a local `arg`.
                        self.new_local_literal("arg", count)?;
                        count += 1;
                        vararg = VARARG_HASARG | VARARG_NEEDSARG | VARARG_ISVARARG;
                    }
                    _ => return Err(self.syntax_error("<name> or '...' expected")),
                }
                if vararg != 0 || !self.test_next(&Token::Char(b','))? {
                    break;
                }
            }
        }
        self.current.proto.is_vararg = vararg;
        self.adjust_local_vars(count);
        let active = self.current.active_count;
        self.current.proto.num_params = (active - u32::from(vararg & VARARG_HASARG)) as u8;
        self.fs().reserve_registers(active)?;
        Ok(())
    }

    fn push_closure(&mut self, function: FuncState) -> ParseResult<ExpDesc> {
        let sources = function.upvalue_sources;
        let index = self.fs().add_child(function.proto)?;
        let pc = self.fs().code_abx(OpCode::Closure, 0, index)?;
        for source in sources {
            let op = if source.from_local {
                OpCode::Move
            } else {
                OpCode::GetUpval
            };
            self.fs().code_abc(op, 0, source.index, 0)?;
        }
        Ok(ExpDesc::new(ExpKind::Relocatable(pc)))
    }

    // ---- expressions ----------------------------------------------------------------

    fn expr(&mut self) -> ParseResult<ExpDesc> {
        Ok(self.subexpr(0)?.0)
    }

    /// `subexpr -> (simpleexp | unop subexpr) { binop subexpr }` for operators binding
    /// tighter than `limit`; returns the first operator it did not take.
    fn subexpr(&mut self, limit: u8) -> ParseResult<(ExpDesc, Option<BinaryOp>)> {
        self.enter_level()?;
        let mut v = match unary_op(&self.lex.token) {
            Some(op) => {
                self.next()?;
                let (mut operand, _) = self.subexpr(UNARY_PRIORITY)?;
                self.fs().prefix(op, &mut operand)?;
                operand
            }
            None => self.simple_exp()?,
        };
        let mut op = binary_op(&self.lex.token);
        while let Some(current) = op {
            let (left, right) = current.priority();
            if left <= limit {
                break;
            }
            self.next()?;
            self.fs().infix(current, &mut v)?;
            let (mut v2, next_op) = self.subexpr(right)?;
            self.fs().postfix(current, &mut v, &mut v2)?;
            op = next_op;
        }
        self.leave_level();
        Ok((v, op))
    }

    fn simple_exp(&mut self) -> ParseResult<ExpDesc> {
        let e = match &self.lex.token {
            Token::Number(n) => ExpDesc::new(ExpKind::Number(*n)),
            Token::String(s) => {
                let s = s.clone();
                ExpDesc::new(ExpKind::Constant(self.fs().string_constant(&s)?))
            }
            Token::Nil => ExpDesc::new(ExpKind::Nil),
            Token::True => ExpDesc::new(ExpKind::True),
            Token::False => ExpDesc::new(ExpKind::False),
            Token::Dots => {
                if self.current.proto.is_vararg == 0 {
                    return Err(self.syntax_error("cannot use '...' outside a vararg function"));
                }
                // The function reads `...` itself, so it does not need the `arg` table.
                self.current.proto.is_vararg &= !VARARG_NEEDSARG;
                ExpDesc::new(ExpKind::VarArg(self.fs().code_abc(
                    OpCode::VarArg,
                    0,
                    1,
                    0,
                )?))
            }
            Token::Char(b'{') => return self.constructor(),
            Token::Function => {
                self.next()?;
                let line = self.lex.line;
                return self.body(false, line);
            }
            _ => return self.primary_exp(),
        };
        self.next()?;
        Ok(e)
    }

    /// `prefixexp -> NAME | '(' expr ')'`
    fn prefix_exp(&mut self) -> ParseResult<ExpDesc> {
        match self.lex.token {
            Token::Char(b'(') => {
                let line = self.lex.line;
                self.next()?;
                let mut e = self.expr()?;
                self.check_match(&Token::Char(b')'), &Token::Char(b'('), line)?;
                self.fs().discharge_vars(&mut e)?;
                Ok(e)
            }
            Token::Name(_) => self.single_var(),
            _ => Err(self.syntax_error("unexpected symbol")),
        }
    }

    /// `primaryexp -> prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs }`
    fn primary_exp(&mut self) -> ParseResult<ExpDesc> {
        let mut v = self.prefix_exp()?;
        loop {
            match self.lex.token {
                Token::Char(b'.') => self.field(&mut v)?,
                Token::Char(b'[') => {
                    self.fs().exp_to_any_register(&mut v)?;
                    let mut key = self.index()?;
                    self.fs().indexed(&mut v, &mut key)?;
                }
                Token::Char(b':') => {
                    self.next()?;
                    let name = self.check_name()?;
                    let mut key =
                        ExpDesc::new(ExpKind::Constant(self.fs().string_constant(&name)?));
                    self.fs().method_self(&mut v, &mut key)?;
                    self.call_args(&mut v)?;
                }
                Token::Char(b'(') | Token::String(_) | Token::Char(b'{') => {
                    self.fs().exp_to_next_register(&mut v)?;
                    self.call_args(&mut v)?;
                }
                _ => return Ok(v),
            }
        }
    }

    /// `field -> ['.' | ':'] NAME`
    fn field(&mut self, v: &mut ExpDesc) -> ParseResult<()> {
        self.fs().exp_to_any_register(v)?;
        self.next()?;
        let name = self.check_name()?;
        let mut key = ExpDesc::new(ExpKind::Constant(self.fs().string_constant(&name)?));
        self.fs().indexed(v, &mut key)?;
        Ok(())
    }

    /// `index -> '[' expr ']'`
    fn index(&mut self) -> ParseResult<ExpDesc> {
        self.next()?;
        let mut e = self.expr()?;
        self.fs().exp_to_value(&mut e)?;
        self.check_next(&Token::Char(b']'))?;
        Ok(e)
    }

    fn call_args(&mut self, f: &mut ExpDesc) -> ParseResult<()> {
        let line = self.lex.line;
        let mut args = match &self.lex.token {
            Token::Char(b'(') => {
                if line != self.lex.last_line {
                    return Err(
                        self.syntax_error("ambiguous syntax (function call x new statement)")
                    );
                }
                self.next()?;
                let args = if self.is(b')') {
                    ExpDesc::new(ExpKind::Void)
                } else {
                    let (_, mut args) = self.expression_list()?;
                    self.fs().set_multiple_returns(&mut args)?;
                    args
                };
                self.check_match(&Token::Char(b')'), &Token::Char(b'('), line)?;
                args
            }
            Token::Char(b'{') => self.constructor()?,
            Token::String(s) => {
                let s = s.clone();
                let args = ExpDesc::new(ExpKind::Constant(self.fs().string_constant(&s)?));
                self.next()?;
                args
            }
            _ => return Err(self.syntax_error("function arguments expected")),
        };
        let ExpKind::NonRelocatable(base) = f.kind else {
            return Err(self.syntax_error("function arguments expected"));
        };
        let arg_count = if args.is_multi_value() {
            MULTIPLE_RETURNS
        } else {
            if args.kind != ExpKind::Void {
                self.fs().exp_to_next_register(&mut args)?;
            }
            (self.current.free_reg - (base + 1)) as i32
        };
        let pc = self
            .fs()
            .code_abc(OpCode::Call, base, (arg_count + 1) as u32, 2)?;
        f.kind = ExpKind::Call(pc);
        self.current.fix_line(line);
        // The call leaves one result in `base` (unless its result count is changed).
        self.current.free_reg = base + 1;
        Ok(())
    }

    /// `explist1 -> expr { ',' expr }`; returns the count and the last expression, the
    /// others being already in consecutive registers.
    fn expression_list(&mut self) -> ParseResult<(u32, ExpDesc)> {
        let mut count = 1;
        let mut e = self.expr()?;
        while self.test_next(&Token::Char(b','))? {
            self.fs().exp_to_next_register(&mut e)?;
            e = self.expr()?;
            count += 1;
        }
        Ok((count, e))
    }

    fn constructor(&mut self) -> ParseResult<ExpDesc> {
        let line = self.lex.line;
        let pc = self.fs().code_abc(OpCode::NewTable, 0, 0, 0)?;
        let mut table = ExpDesc::new(ExpKind::Relocatable(pc));
        self.fs().exp_to_next_register(&mut table)?;
        let ExpKind::NonRelocatable(table_reg) = table.kind else {
            return Err(self.syntax_error("unexpected symbol"));
        };
        let mut cc = Constructor {
            pending_item: ExpDesc::new(ExpKind::Void),
            table_reg,
            hash_items: 0,
            array_items: 0,
            to_store: 0,
        };
        self.check_next(&Token::Char(b'{'))?;
        loop {
            if self.is(b'}') {
                break;
            }
            self.close_list_field(&mut cc)?;
            match self.lex.token {
                Token::Name(_) => {
                    if *self.lex.peek()? != Token::Char(b'=') {
                        self.list_field(&mut cc)?;
                    } else {
                        self.record_field(&mut cc)?;
                    }
                }
                Token::Char(b'[') => self.record_field(&mut cc)?,
                _ => self.list_field(&mut cc)?,
            }
            if !(self.test_next(&Token::Char(b','))? || self.test_next(&Token::Char(b';'))?) {
                break;
            }
        }
        self.check_match(&Token::Char(b'}'), &Token::Char(b'{'), line)?;
        self.last_list_field(&mut cc)?;
        let instruction = &mut self.current.proto.code[pc as usize];
        instruction.set_b(size_hint(cc.array_items));
        instruction.set_c(size_hint(cc.hash_items));
        Ok(table)
    }

    /// `recfield -> (NAME | '[' exp ']') '=' exp`
    fn record_field(&mut self, cc: &mut Constructor) -> ParseResult<()> {
        let reg = self.current.free_reg;
        let mut key = if let Token::Name(_) = self.lex.token {
            let name = self.check_name()?;
            ExpDesc::new(ExpKind::Constant(self.fs().string_constant(&name)?))
        } else {
            self.index()?
        };
        cc.hash_items += 1;
        self.check_next(&Token::Char(b'='))?;
        let key_operand = self.fs().exp_to_rk(&mut key)?;
        let mut value = self.expr()?;
        let value_operand = self.fs().exp_to_rk(&mut value)?;
        self.fs()
            .code_abc(OpCode::SetTable, cc.table_reg, key_operand, value_operand)?;
        self.current.free_reg = reg;
        Ok(())
    }

    fn list_field(&mut self, cc: &mut Constructor) -> ParseResult<()> {
        cc.pending_item = self.expr()?;
        cc.array_items += 1;
        cc.to_store += 1;
        Ok(())
    }

    /// Puts the previous list item in its register, flushing a full batch.
    fn close_list_field(&mut self, cc: &mut Constructor) -> ParseResult<()> {
        if cc.pending_item.kind == ExpKind::Void {
            return Ok(());
        }
        self.fs().exp_to_next_register(&mut cc.pending_item)?;
        cc.pending_item = ExpDesc::new(ExpKind::Void);
        if cc.to_store == crate::bytecode::FIELDS_PER_FLUSH {
            self.fs()
                .set_list(cc.table_reg, cc.array_items, cc.to_store as i32)?;
            cc.to_store = 0;
        }
        Ok(())
    }

    fn last_list_field(&mut self, cc: &mut Constructor) -> ParseResult<()> {
        if cc.to_store == 0 {
            return Ok(());
        }
        if cc.pending_item.is_multi_value() {
            self.fs().set_multiple_returns(&mut cc.pending_item)?;
            self.fs()
                .set_list(cc.table_reg, cc.array_items, MULTIPLE_RETURNS)?;
            // The open item's count is unknown: it does not size the array part.
            cc.array_items -= 1;
        } else {
            if cc.pending_item.kind != ExpKind::Void {
                self.fs().exp_to_next_register(&mut cc.pending_item)?;
            }
            self.fs()
                .set_list(cc.table_reg, cc.array_items, cc.to_store as i32)?;
        }
        Ok(())
    }

    // ---- statements -----------------------------------------------------------------

    /// Parses one statement; true when it must be the last of its block.
    fn statement(&mut self) -> ParseResult<bool> {
        let line = self.lex.line;
        match self.lex.token {
            Token::If => self.if_statement(line)?,
            Token::While => self.while_statement(line)?,
            Token::Do => {
                self.next()?;
                self.block()?;
                self.check_match(&Token::End, &Token::Do, line)?;
            }
            Token::For => self.for_statement(line)?,
            Token::Repeat => self.repeat_statement(line)?,
            Token::Function => self.function_statement(line)?,
            Token::Local => {
                self.next()?;
                if self.test_next(&Token::Function)? {
                    self.local_function()?;
                } else {
                    self.local_statement()?;
                }
            }
            Token::Return => {
                self.return_statement()?;
                return Ok(true);
            }
            Token::Break => {
                self.next()?;
                self.break_statement()?;
                return Ok(true);
            }
            _ => self.expression_statement()?,
        }
        Ok(false)
    }

    /// Reads a condition; returns its false-exit jump list.
    fn condition(&mut self) -> ParseResult<i32> {
        let mut v = self.expr()?;
        if v.kind == ExpKind::Nil {
            // All false values behave alike here.
            v.kind = ExpKind::False;
        }
        self.fs().go_if_true(&mut v)?;
        Ok(v.false_jumps)
    }

    fn break_statement(&mut self) -> ParseResult<()> {
        let mut captured = false;
        let mut target = None;
        for (index, block) in self.current.blocks.iter().enumerate().rev() {
            if block.is_loop {
                target = Some(index);
                break;
            }
            captured |= block.has_upvalue;
        }
        let Some(index) = target else {
            return Err(self.syntax_error("no loop to break"));
        };
        if captured {
            let level = self.current.blocks[index].outer_locals;
            self.fs().code_abc(OpCode::Close, level, 0, 0)?;
        }
        let jump = self.fs().jump()?;
        let mut list = self.current.blocks[index].break_list;
        self.fs().concat(&mut list, jump)?;
        self.current.blocks[index].break_list = list;
        Ok(())
    }

    fn while_statement(&mut self, line: u32) -> ParseResult<()> {
        self.next()?;
        let start = self.fs().label();
        let exit = self.condition()?;
        self.enter_block(true);
        self.check_next(&Token::Do)?;
        self.block()?;
        let back = self.fs().jump()?;
        self.fs().patch_list(back, start)?;
        self.check_match(&Token::End, &Token::While, line)?;
        self.leave_block()?;
        self.fs().patch_to_here(exit)?;
        Ok(())
    }

    fn repeat_statement(&mut self, line: u32) -> ParseResult<()> {
        let start = self.fs().label();
        self.enter_block(true);
        self.enter_block(false);
        self.next()?;
        self.chunk()?;
        self.check_match(&Token::Until, &Token::Repeat, line)?;
        // The condition sees the body's locals.
        let exit = self.condition()?;
        let captured = self.current.blocks.last().is_some_and(|b| b.has_upvalue);
        if !captured {
            self.leave_block()?;
            self.fs().patch_list(exit, start)?;
        } else {
            // Upvalues must be closed on every iteration: exit by a break when true.
            self.break_statement()?;
            self.fs().patch_to_here(exit)?;
            self.leave_block()?;
            let back = self.fs().jump()?;
            self.fs().patch_list(back, start)?;
        }
        self.leave_block()
    }

    /// Parses an expression into the next free register (a `for` control value).
    fn expression_to_next_register(&mut self) -> ParseResult<()> {
        let mut e = self.expr()?;
        self.fs().exp_to_next_register(&mut e)?;
        Ok(())
    }

    fn for_body(&mut self, base: u32, line: u32, nvars: u32, numeric: bool) -> ParseResult<()> {
        self.adjust_local_vars(3);
        self.check_next(&Token::Do)?;
        let prep = if numeric {
            self.fs().code_asbx(OpCode::ForPrep, base, NO_JUMP)? as i32
        } else {
            self.fs().jump()?
        };
        self.enter_block(false);
        self.adjust_local_vars(nvars);
        self.fs().reserve_registers(nvars)?;
        self.block()?;
        self.leave_block()?;
        self.fs().patch_to_here(prep)?;
        let end = if numeric {
            self.fs().code_asbx(OpCode::ForLoop, base, NO_JUMP)? as i32
        } else {
            self.fs().code_abc(OpCode::TForLoop, base, 0, nvars)? as i32
        };
        // The loop instruction belongs to the `for` line.
        self.current.fix_line(line);
        let back = if numeric { end } else { self.fs().jump()? };
        self.fs().patch_list(back, (prep + 1) as u32)?;
        Ok(())
    }

    fn numeric_for(&mut self, name: Rc<[u8]>, line: u32) -> ParseResult<()> {
        let base = self.current.free_reg;
        self.new_local_literal("(for index)", 0)?;
        self.new_local_literal("(for limit)", 1)?;
        self.new_local_literal("(for step)", 2)?;
        self.new_local(name, 3)?;
        self.check_next(&Token::Char(b'='))?;
        self.expression_to_next_register()?;
        self.check_next(&Token::Char(b','))?;
        self.expression_to_next_register()?;
        if self.test_next(&Token::Char(b','))? {
            self.expression_to_next_register()?;
        } else {
            let reg = self.current.free_reg;
            let one = self.fs().number_constant(1.0)?;
            self.fs().code_abx(OpCode::LoadK, reg, one)?;
            self.fs().reserve_registers(1)?;
        }
        self.for_body(base, line, 1, true)
    }

    fn generic_for(&mut self, first_name: Rc<[u8]>) -> ParseResult<()> {
        let base = self.current.free_reg;
        self.new_local_literal("(for generator)", 0)?;
        self.new_local_literal("(for state)", 1)?;
        self.new_local_literal("(for control)", 2)?;
        self.new_local(first_name, 3)?;
        let mut nvars = 4;
        while self.test_next(&Token::Char(b','))? {
            let name = self.check_name()?;
            self.new_local(name, nvars)?;
            nvars += 1;
        }
        self.check_next(&Token::In)?;
        let line = self.lex.line;
        let (nexps, mut last) = self.expression_list()?;
        self.adjust_assign(3, nexps, &mut last)?;
        // Room to call the generator.
        self.fs().check_stack(3)?;
        self.for_body(base, line, nvars - 3, false)
    }

    fn for_statement(&mut self, line: u32) -> ParseResult<()> {
        self.enter_block(true);
        self.next()?;
        let name = self.check_name()?;
        match self.lex.token {
            Token::Char(b'=') => self.numeric_for(name, line)?,
            Token::Char(b',') | Token::In => self.generic_for(name)?,
            _ => return Err(self.syntax_error("'=' or 'in' expected")),
        }
        self.check_match(&Token::End, &Token::For, line)?;
        self.leave_block()
    }

    /// `[IF | ELSEIF] cond THEN block`; returns the false-exit jump list.
    fn test_then_block(&mut self) -> ParseResult<i32> {
        self.next()?;
        let exit = self.condition()?;
        self.check_next(&Token::Then)?;
        self.block()?;
        Ok(exit)
    }

    fn if_statement(&mut self, line: u32) -> ParseResult<()> {
        let mut escapes = NO_JUMP;
        let mut false_exit = self.test_then_block()?;
        while self.lex.token == Token::Elseif {
            let jump = self.fs().jump()?;
            self.fs().concat(&mut escapes, jump)?;
            self.fs().patch_to_here(false_exit)?;
            false_exit = self.test_then_block()?;
        }
        if self.lex.token == Token::Else {
            let jump = self.fs().jump()?;
            self.fs().concat(&mut escapes, jump)?;
            self.fs().patch_to_here(false_exit)?;
            // Skip ELSE after patching, so the jump gets the line of the else part.
            self.next()?;
            self.block()?;
        } else {
            self.fs().concat(&mut escapes, false_exit)?;
        }
        self.fs().patch_to_here(escapes)?;
        self.check_match(&Token::End, &Token::If, line)
    }

    fn local_function(&mut self) -> ParseResult<()> {
        let name = self.check_name()?;
        self.new_local(name, 0)?;
        let var = ExpDesc::new(ExpKind::Local(self.current.free_reg));
        self.fs().reserve_registers(1)?;
        self.adjust_local_vars(1);
        let line = self.lex.line;
        let mut closure = self.body(false, line)?;
        self.fs().store_var(&var, &mut closure)?;
        // Debug information only sees the variable after its definition.
        let pc = self.current.pc();
        let slot = self.current.active_count - 1;
        self.local_record(slot).start_pc = pc;
        Ok(())
    }

    fn local_statement(&mut self) -> ParseResult<()> {
        let mut nvars = 0;
        loop {
            let name = self.check_name()?;
            self.new_local(name, nvars)?;
            nvars += 1;
            if !self.test_next(&Token::Char(b','))? {
                break;
            }
        }
        let (nexps, mut last) = if self.test_next(&Token::Char(b'='))? {
            self.expression_list()?
        } else {
            (0, ExpDesc::new(ExpKind::Void))
        };
        self.adjust_assign(nvars, nexps, &mut last)?;
        self.adjust_local_vars(nvars);
        Ok(())
    }

    /// `funcname -> NAME {'.' NAME} [':' NAME]`; returns the target and whether it is a method.
    fn function_name(&mut self) -> ParseResult<(ExpDesc, bool)> {
        let mut v = self.single_var()?;
        while self.is(b'.') {
            self.field(&mut v)?;
        }
        let is_method = self.is(b':');
        if is_method {
            self.field(&mut v)?;
        }
        Ok((v, is_method))
    }

    fn function_statement(&mut self, line: u32) -> ParseResult<()> {
        self.next()?;
        let (target, is_method) = self.function_name()?;
        let mut closure = self.body(is_method, line)?;
        self.fs().store_var(&target, &mut closure)?;
        // The definition "happens" on the line of `function`.
        self.current.fix_line(line);
        Ok(())
    }

    fn expression_statement(&mut self) -> ParseResult<()> {
        let v = self.primary_exp()?;
        if let ExpKind::Call(pc) = v.kind {
            // A call statement keeps no results.
            self.current.proto.code[pc as usize].set_c(1);
            return Ok(());
        }
        self.assignment(v)
    }

    /// Where a later target is a local that an earlier indexed target uses as table or
    /// key, the earlier one must use a copy taken before the local is assigned.
    fn check_conflict(&mut self, targets: &mut [ExpDesc], local: u32) -> ParseResult<()> {
        let copy = self.current.free_reg;
        let mut conflict = false;
        for target in targets.iter_mut() {
            if let ExpKind::Indexed { table, key } = &mut target.kind {
                if *table == local {
                    conflict = true;
                    *table = copy;
                }
                if *key == local {
                    conflict = true;
                    *key = copy;
                }
            }
        }
        if conflict {
            self.fs().code_abc(OpCode::Move, copy, local, 0)?;
            self.fs().reserve_registers(1)?;
        }
        Ok(())
    }

    /// `assignment -> {',' primaryexp} '=' explist1`, with `first` already parsed.
    fn assignment(&mut self, first: ExpDesc) -> ParseResult<()> {
        let mut targets = vec![first];
        loop {
            if !targets.last().is_some_and(|t| is_assignable(t.kind)) {
                return Err(self.syntax_error("syntax error"));
            }
            if !self.test_next(&Token::Char(b','))? {
                break;
            }
            let next = self.primary_exp()?;
            if let ExpKind::Local(reg) = next.kind {
                self.check_conflict(&mut targets, reg)?;
            }
            let limit = MAX_LEVELS.saturating_sub(self.levels);
            if targets.len() as u32 > limit {
                let line_defined = self.current.proto.line_defined;
                return Err(self.limit_error(line_defined, limit, "variables in assignment"));
            }
            targets.push(next);
        }
        self.check_next(&Token::Char(b'='))?;
        let (nexps, mut last) = self.expression_list()?;
        let nvars = targets.len() as u32;
        let Some(last_target) = targets.pop() else {
            return Ok(());
        };
        if nexps == nvars {
            self.fs().set_one_return(&mut last);
            self.fs().store_var(&last_target, &mut last)?;
        } else {
            self.adjust_assign(nvars, nexps, &mut last)?;
            if nexps > nvars {
                self.current.free_reg -= nexps - nvars;
            }
            self.store_top(&last_target)?;
        }
        while let Some(target) = targets.pop() {
            self.store_top(&target)?;
        }
        Ok(())
    }

    /// Stores the value in the top register into `target`.
    fn store_top(&mut self, target: &ExpDesc) -> ParseResult<()> {
        let mut value = ExpDesc::new(ExpKind::NonRelocatable(self.current.free_reg - 1));
        self.fs().store_var(target, &mut value)?;
        Ok(())
    }

    fn return_statement(&mut self) -> ParseResult<()> {
        self.next()?;
        let (first, count) = if block_follow(&self.lex.token) || self.is(b';') {
            (0, 0)
        } else {
            let (count, mut e) = self.expression_list()?;
            if e.is_multi_value() {
                self.fs().set_multiple_returns(&mut e)?;
                if let (ExpKind::Call(pc), 1) = (e.kind, count) {
                    let instruction = &mut self.current.proto.code[pc as usize];
                    *instruction = crate::bytecode::Instruction::abc(
                        OpCode::TailCall,
                        instruction.a(),
                        instruction.b(),
                        instruction.c(),
                    );
                }
                (self.current.active_count, MULTIPLE_RETURNS)
            } else if count == 1 {
                (self.fs().exp_to_any_register(&mut e)?, 1)
            } else {
                self.fs().exp_to_next_register(&mut e)?;
                (self.current.active_count, count as i32)
            }
        };
        self.fs().emit_return(first, count)?;
        Ok(())
    }
}
