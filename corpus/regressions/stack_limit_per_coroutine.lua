-- Found by hand-written probes: the frame limit 5.1 raises after a stack overflow (so a handler
-- has room) belongs to the thread that overflowed. A coroutine that died of an overflow left
-- the raised limit to the next coroutine, whose own overflow then read "error in error handling".
local function rec(n) return rec(n + 1) + 1 end
print(pcall(rec, 1))
print(coroutine.resume(coroutine.create(rec), 1))
print(pcall(coroutine.wrap(rec), 1))
print(coroutine.resume(coroutine.create(rec), 1))
print(pcall(rec, 1))
-- A handler that overflows too, inside a coroutine and then outside it.
local function handler(m) return rec(1) end
print(coroutine.resume(coroutine.create(function() return xpcall(rec, handler, 1) end)))
print(xpcall(rec, handler, 1))
