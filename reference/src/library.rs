//! The `lua51` library profile: the standard library minus everything that touches the host.

use crate::c_rand;
use crate::print_capture::captured_print;
use mlua::{Lua, LuaOptions, StdLib};

/// Base-library functions that read files.
const HOST_BASE_FUNCTIONS: [&str; 4] = ["dofile", "loadfile", "require", "module"];

/// Creates a fresh state with the `lua51` profile: base (with `coroutine`, which Lua 5.1 keeps in
/// the base library), `string`, `table`, `math`, `debug`, and `os` reduced to `os.difftime`; no
/// `io`, no `package`; `print` captured; `math.random` drawing from the state's own C generator.
pub(crate) fn new_lua51_state() -> mlua::Result<Lua> {
    let libraries = StdLib::STRING | StdLib::TABLE | StdLib::MATH | StdLib::OS | StdLib::DEBUG;
    // SAFETY: "unsafe" here only means that mlua lets the `debug` library in, which the profile
    // requires. The state is dropped at the end of the run; nothing escapes it.
    let lua = unsafe { Lua::unsafe_new_with(libraries, LuaOptions::new()) };
    let globals = lua.globals();
    for name in HOST_BASE_FUNCTIONS {
        globals.raw_set(name, mlua::Value::Nil)?;
    }

    let full_os: mlua::Table = globals.raw_get("os")?;
    let reduced_os = lua.create_table()?;
    reduced_os.raw_set("difftime", full_os.raw_get::<mlua::Function>("difftime")?)?;
    globals.raw_set("os", reduced_os)?;

    let math: mlua::Table = globals.raw_get("math")?;
    // SAFETY: `install` only uses the raw API on the table it is given, in protected mode.
    unsafe { lua.exec_raw::<()>(math, |state| c_rand::install(state))? };

    // SAFETY: `captured_print` follows the Lua C function protocol.
    let print = unsafe { lua.create_c_function(captured_print)? };
    globals.raw_set("print", print)?;
    Ok(lua)
}
