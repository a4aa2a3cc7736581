-- Found by the bytecode fuzz target (a string constant's byte set to zero): 5.1 prints the
-- names in error messages through C strings, so a name stops at its first zero byte, and it
-- copies the other bytes as they are ("field 'a'", "bad argument #1 to 'x'"); the Ferrous VM
-- printed the whole name, and replaced bytes that are not UTF-8 in argument errors.
local t = {}
print(pcall(function() t["a\0b"]() end))
t["x\0y"] = string.rep
print(pcall(function() t["x\0y"]() end))
t["\200"] = string.rep
print(pcall(function() t["\200"]() end))
local obj = {["m\0n"] = string.rep}
print(pcall(function() obj["m\0n"](obj, {}) end))
