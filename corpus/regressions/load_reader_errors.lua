-- Found by hand-written probes. A reader that returns neither a string nor a number fails
-- `load` with luaL_error, so the message carries the position of load's caller. 5.1 parses
-- under the running thread's message handler (L->errfunc): inside xpcall, the handler turns
-- a reader's error before `load` returns it; pcall and a new coroutine have none.
print(load(function() return {} end))
print(load(function() return true end, "=named"))
local pieces = {"return ", 1, " + ", 2}
local i = 0
print(load(function() i = i + 1 return pieces[i] end)())
print(load(function() error("inside the reader") end))
print(select("#", load(function() error({}) end)), type(select(2, load(function() error({}) end))))
print(pcall(load, function() return {} end))
local function handler(m) return "handled: " .. tostring(m) end
print(xpcall(function() return load(function() return {} end) end, handler))
print(xpcall(function() return load(function() error("e") end) end, handler))
print(xpcall(function() return load(function() error({}) end) end, function(m) return type(m) end))
print(xpcall(function() return pcall(load, function() error("p") end) end, handler))
print(xpcall(function() return loadstring("x = = 1") end, handler))
print(xpcall(function() return load(function() error("z") end) end, function(m) error("again") end))
print(xpcall(function() return coroutine.wrap(function() return load(function() error("w") end) end)() end, handler))
print(xpcall(function() return load(function() return {} end) end, 42))
