-- Coroutine states, yields across boundaries, tracebacks of coroutines, the debug library.
-- Hand-written probes (each line one pcall'd call, results printed) checked against lua5.1.
local function show(v)
  local kind = type(v)
  if kind == "string" then return string.format("%q", v) end
  -- Addresses differ between runs: reference values print as their type.
  if kind == "table" or kind == "function" or kind == "userdata" or kind == "thread" then return kind end
  return tostring(v)
end
local function T(label, f, ...)
  local r = {pcall(f, ...)}
  local out = {}
  for i = 1, select("#", unpack(r)) do out[#out + 1] = show(r[i]) end
  print(label, table.concat(out, " | "))
end
T("co status", function() local co; co = coroutine.create(function() return coroutine.status(co) end) return coroutine.resume(co), coroutine.status(co) end)
T("co running main", function() return coroutine.running() end)
T("co resume dead", function() local co = coroutine.create(function() end) coroutine.resume(co) return coroutine.resume(co) end)
T("co resume self", function() local co; co = coroutine.create(function() return coroutine.resume(co) end) return coroutine.resume(co) end)
T("co wrap dead", function() local f = coroutine.wrap(function() end) f() return f() end)
T("co yield main", function() return coroutine.yield(1) end)
T("co yield across pcall", function() local co = coroutine.create(function() return pcall(coroutine.yield, 1) end) return coroutine.resume(co) end)
T("co yield across metamethod", function() local t = setmetatable({}, {__index = function() return coroutine.yield(5) end}) local co = coroutine.create(function() return t.x end) return coroutine.resume(co) end)
T("co yield across sort", function() local co = coroutine.create(function() table.sort({3,2,1}, function(a,b) coroutine.yield() return a<b end) end) return coroutine.resume(co) end)
T("co yield in iterator", function() local co = coroutine.wrap(function() for k in function() return coroutine.yield(1) end do return k end end) return co(), co(7) end)
T("co create bad", function() return coroutine.create(print) end)
T("co create num", function() return coroutine.create(1) end)
T("co resume nonco", function() return coroutine.resume(1) end)
T("co status bad", function() return coroutine.status({}) end)
T("co error obj", function() local co = coroutine.create(function() error({1}) end) local ok, e = coroutine.resume(co) return ok, type(e) end)
T("co error in wrap table", function() local f = coroutine.wrap(function() error({1}) end) local ok, e = pcall(f) return ok, type(e) end)
T("co error level", function() local f = coroutine.wrap(function() error("x", 2) end) return f() end)
T("co args", function() local co = coroutine.create(function(...) local a = {...} local b = {coroutine.yield(select('#', ...))} return #a, #b, ... end) return select('#', coroutine.resume(co, 1, nil, 3)), coroutine.resume(co, nil, nil) end)
T("co gc", function() for i = 1, 100 do coroutine.wrap(function() coroutine.yield() end)() end collectgarbage() return "ok" end)
T("traceback co", function() local co = coroutine.create(function() coroutine.yield() end) coroutine.resume(co) return debug.traceback(co) end)
T("traceback co msg", function() local co = coroutine.create(function() local x = nil; x() end) coroutine.resume(co) return debug.traceback(co, "msg"), debug.traceback(co, "m", 1) end)
T("traceback args", function() return debug.traceback("x", 1), debug.traceback(nil), type(debug.traceback({})), debug.traceback(12) end)
T("traceback level", function() return debug.traceback("x", 50), debug.traceback("x", -1), debug.traceback("x", 0) end)
T("getinfo", function() local i = debug.getinfo(1) return i.currentline, i.short_src, i.what, i.source, i.nups, i.linedefined, i.lastlinedefined, i.name, i.namewhat end)
T("getinfo print", function() local i = debug.getinfo(print) return i.what, i.short_src, i.source, i.currentline, i.linedefined end)
T("getinfo opts", function() local i = debug.getinfo(1, "n") return i.name, i.namewhat, i.currentline end)
T("getinfo level big", function() return debug.getinfo(100) end)
T("getinfo f", function() local f = function() end return debug.getinfo(f, "f").func == f end)
T("getinfo L", function() local t = debug.getinfo(1, "L").activelines local n = 0 for k in pairs(t) do n = n + 1 end return n end)
T("getlocal", function() local a, b = 1, 2 return debug.getlocal(1, 1), debug.getlocal(1, 2), debug.getlocal(1, 10) end)
T("getlocal bad level", function() return debug.getlocal(50, 1) end)
T("setlocal", function() local a = 1 debug.setlocal(1, 1, 5) return a end)
T("getupvalue", function() local u = 7 local f = function() return u end return debug.getupvalue(f, 1), debug.getupvalue(f, 2), debug.getupvalue(print, 1) end)
T("setupvalue", function() local u = 7 local f = function() return u end return debug.setupvalue(f, 1, 9), f() end)
T("getmetatable debug", function() return debug.getmetatable(1), debug.getmetatable("").__index == string end)
T("setmetatable debug", function() return debug.setmetatable(1, nil), debug.setmetatable(5, {}) end)
T("getfenv debug", function() return debug.getfenv(print) == _G, debug.getfenv(1) end)
T("getregistry", function() return type(debug.getregistry()) end)
