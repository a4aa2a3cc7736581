-- Error messages naming variables (locals, upvalues, globals, fields, methods) and positions.
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
T("cmp msgs", function() return {} < 1 end)
T("cmp msgs2", function() return nil < 1 end)
T("cmp msgs3", function() return "a" < 1 end)
T("cmp msgs4", function() return {} < {} end)
T("cmp msgs5", function() return print < print end)
T("arith upval", function() local u = {} return (function() return u + 1 end)() end)
T("arith const", function() return 1 + nil end)
T("arith field", function() local t = {a = {}} return t.a * 2 end)
T("arith method res", function() local t = {} return t:x() end)
T("arith global", function() return undefinedglobal + 1 end)
T("index field of field", function() local t = {a = {}} return t.a.b.c end)
T("index upval", function() local u return (function() return u.x end)() end)
T("index global", function() return undefinedglobal.x end)
T("index array", function() local t = {} return t[1].x end)
T("index string key var", function() local t = {} local k = "key" return t[k].x end)
T("call result", function() local function f() end return f()() end)
T("call local", function() local x = 5 x() end)
T("call upvalue", function() local x = 5 return (function() x() end)() end)
T("call field", function() local t = {} t.a.b() end)
T("call method num", function() local s = 5 s:foo() end)
T("call string method", function() ("x"):nomethod() end)
T("concat field", function() local t = {} return "a" .. t.x end)
T("concat global", function() return "a" .. nope end)
T("concat num table", function() return 1 .. {} end)
T("len upval", function() local u return (function() return #u end)() end)
T("newindex nil", function() local t t.x = 1 end)
T("newindex global nil", function() undefinedglobal.x = 1 end)
T("for limit msg", function() for i = 1, nil do end end)
T("for step msg", function() for i = 1, 10, "x" do end end)
T("for init msg", function() for i = {}, 10 do end end)
T("multiline call", function()
  local t = {}
  return t.a
    .b
end)
T("multiline arith", function()
  local a = 1
  local b
  return a +
    b
end)
T("vararg err", function(...) local a = ... return a.x end)
T("param err", function(p) return p.x end)
T("self err", function() local obj = {} function obj:m() return self.x.y end return obj:m() end)
T("tbl ctor err", function() return {1, 2, nil + 1} end)
T("deep err", function() local function a() local x = nil; return x.y end local function b() return a() end return b() end)
T("error in tostring", function() return tostring(setmetatable({}, {__tostring = function() error("ts") end})) end)
T("error in __index", function() return setmetatable({}, {__index = function() error("idx", 2) end}).x end)
T("error in __add", function() return setmetatable({}, {__add = function() local z = nil; return z.q end}) + 1 end)
T("error with level 0", function() error("lvl0", 0) end)
T("error with level 1 native", function() pcall(error) error("x", 1) end)
T("unpack too many", function() return unpack({}, 1, 1e6) end)
T("string.rep too big", function() return string.rep("ab", 2^31) end)
T("concat too big", function() local s = string.rep("a", 2^20) return #table.concat({s, s, s}) end)
T("setfenv bad", function() return setfenv(print, {}) end)
T("setfenv num", function() return setfenv(100, {}) end)
T("getfenv neg", function() return getfenv(-1) end)
T("tostring none", function() return tostring() end)
T("tonumber none", function() return tonumber() end)
T("ipairs none", function() return ipairs() end)
T("pairs num", function() return pairs(1) end)
T("next none", function() return next() end)
T("rawget bad", function() return rawget(1, 2) end)
T("select bad", function() return select("x") end)
T("select neg out", function() return select(-4, 1, 2, 3) end)
T("type none", function() return type() end)
T("setmetatable none", function() return setmetatable() end)
T("getmetatable none", function() return getmetatable() end)
T("assert tbl msg", function() assert(false, {}) end)
T("error tbl mt", function() error(setmetatable({}, {__tostring = function() return "TS" end})) end)
T("xpcall no handler", function() return xpcall(function() error("x") end) end)
T("xpcall nil handler", function() return xpcall(function() error("x") end, nil) end)
T("pcall none", function() return pcall() end)
T("string methods on nil", function() local s return s:upper() end)
