-- Lua 5.1 xpcall takes no extra arguments for the protected function.
local function show(...) return select("#", ...), ... end
print(xpcall(show, print))
print(xpcall(show, print, "ignored", "also ignored"))
local function with_args(a, b) return a, b end
print(xpcall(function() return with_args("wrapped", "args") end, print))
print(pcall(xpcall))
print(pcall(xpcall, print))
