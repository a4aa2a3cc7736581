-- debug.traceback with a level that is not a number: 5.1 concatenates it with the message and
-- the traceback, a line at a time (a __concat metamethod meets the first line only).
local cat = setmetatable({}, {__concat = function(a, b)
  local function show(v) return type(v) == "table" and "T" or ("[" .. v .. "]") end
  return show(a) .. "+" .. show(b)
end})
print(debug.traceback("msg", cat))
print(pcall(debug.traceback, "msg", {}))
print(debug.traceback(12, cat))
local function deep(n) if n == 0 then return debug.traceback("deep", cat) end return (deep(n - 1)) end
print(deep(30))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co, "co", cat))
print(debug.traceback(co, "co", 0))
