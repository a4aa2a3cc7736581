-- Found by the library-argument sweep: a negative level is 5.1's bottom C level, described
-- as a tail call (getinfo ignores the options there, traceback prints one "(tail call): ?"
-- line per level below 0); traceback pops its last argument when the level is a number,
-- concatenates every argument left, and returns the last one when the message is no string;
-- setfenv's level 0 is the thread only for the number 0 itself; string.byte's slice limit
-- is luaL_checkstack's "stack overflow" message; the chunk runs under a C level as in lua.c.
local info = debug.getinfo(-1)
print(info.what, info.source, info.short_src, info.currentline, info.name, info.namewhat)
print(next(debug.getinfo(-2, "abc")))
print(debug.traceback("msg", -2))
print(pcall(debug.traceback, "msg", nil))
print(debug.traceback("msg", 1, nil))
print(debug.traceback(nil, true))
print(debug.traceback({}, 1, "last"))
print(pcall(setfenv, 0.5, {}))
print(pcall(string.byte, string.rep("x", 9000), 1, -1))
local function where() return debug.getinfo(4, "S") end
local bottom = where()
print(bottom and bottom.what)
print(debug.traceback())
-- getlocal/setlocal at a negative level check their other arguments, then find no local.
print(pcall(debug.getlocal, -1))
print(pcall(debug.setlocal, -1, 50))
print(debug.getlocal(-2, 50))
