//! A `print` that behaves exactly like Lua 5.1's but writes into the run's captured output.
//!
//! Like the original it calls the *global* `tostring` (looked up at each call, so scripts that
//! replace it are honoured) on every argument, separates them with tabs and ends with a newline.
//! The original writes each piece with `fputs`, so a string stops at its first `\0`, and pieces
//! written before an error stay written. It is a raw C function rather than an mlua callback so
//! that its error is raised like the original's `luaL_error`: a string with the caller's
//! position.

use crate::limits;
use mlua::ffi;
use std::os::raw::c_int;

/// # Safety
/// Called by Lua only, as a C function.
pub(crate) unsafe extern "C-unwind" fn captured_print(state: *mut ffi::lua_State) -> c_int {
    let argument_count = ffi::lua_gettop(state);
    ffi::lua_getglobal(state, c"tostring".as_ptr());
    for index in 1..=argument_count {
        ffi::lua_pushvalue(state, -1);
        ffi::lua_pushvalue(state, index);
        ffi::lua_call(state, 1, 1);
        let mut length = 0usize;
        let text = ffi::lua_tolstring(state, -1, &mut length);
        if text.is_null() {
            // No value with a destructor is alive here, so Lua's longjmp may unwind this frame.
            ffi::luaL_where(state, 1);
            ffi::lua_pushstring(
                state,
                c"'tostring' must return a string to 'print'".as_ptr(),
            );
            ffi::lua_concat(state, 2);
            ffi::lua_error(state);
        }
        let whole = std::slice::from_raw_parts(text as *const u8, length);
        let bytes = whole.split(|&byte| byte == 0).next().unwrap_or_default();
        let separated = index == 1 || limits::append_output(b"\t");
        if !separated || !limits::append_output(bytes) {
            raise_output_overflow(state);
        }
        ffi::lua_pop(state, 1);
    }
    if !limits::append_output(b"\n") {
        raise_output_overflow(state);
    }
    0
}

/// Captured output counts against the memory limit: exceeding it is a memory error.
unsafe fn raise_output_overflow(state: *mut ffi::lua_State) -> ! {
    ffi::lua_pushstring(state, crate::run::MEMORY_ERROR_MESSAGE_C.as_ptr());
    ffi::lua_error(state)
}
