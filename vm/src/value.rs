//! Lua values: 16 bytes, `Copy`, with heap objects referenced by typed handles.

use crate::arena::Handle;
use crate::function::Function;
use crate::string::LuaStr;
use crate::table::Table;
use crate::thread::Thread;
use crate::userdata::UserData;

/// A reference to an interned string. It carries the string's hash so that table lookups
/// never need to visit the heap; equality is handle equality, because strings are interned.
#[derive(Clone, Copy, Debug)]
pub struct StrRef {
    pub handle: Handle<LuaStr>,
    pub hash: u32,
}

impl PartialEq for StrRef {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.handle == other.handle
    }
}
impl Eq for StrRef {}

pub type TableRef = Handle<Table>;
pub type FnRef = Handle<Function>;
pub type UserDataRef = Handle<UserData>;
pub type ThreadRef = Handle<Thread>;

/// A Lua value. `PartialEq` is Lua's raw equality (`rawequal`): numbers by value (so NaN is
/// unequal to itself), everything else by identity.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Value {
    #[default]
    Nil,
    Boolean(bool),
    Number(f64),
    String(StrRef),
    Table(TableRef),
    Function(FnRef),
    UserData(UserDataRef),
    Thread(ThreadRef),
}

impl Value {
    /// Lua truthiness: everything but `nil` and `false` is true.
    #[inline(always)]
    pub fn is_truthy(self) -> bool {
        !matches!(self, Value::Nil | Value::Boolean(false))
    }

    #[inline(always)]
    pub fn is_nil(self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Whether the value refers to a heap object (the collector has something to mark).
    #[inline(always)]
    pub fn is_collectable(self) -> bool {
        !matches!(self, Value::Nil | Value::Boolean(_) | Value::Number(_))
    }

    /// The name `type()` returns.
    pub fn type_name(self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Boolean(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Table(_) => "table",
            Value::Function(_) => "function",
            Value::UserData(_) => "userdata",
            Value::Thread(_) => "thread",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
    }
}
