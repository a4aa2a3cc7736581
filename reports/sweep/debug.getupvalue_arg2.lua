-- Library-argument sweep ferrous-conformance run --sweep: debug.getupvalue/arg2
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, "(%a+): 0x%x+", "%1: ADDRESS"))
  end
  local function quote(text)
    text = mask(text)
    if #text > 200 then
      return format("%q..(%d bytes)..%q", sub(text, 1, 40), #text, sub(text, -20))
    end
    return format("%q", text)
  end
  local function show(value, depth)
    local kind = type(value)
    if kind == "string" then return quote(value) end
    if kind == "number" or kind == "boolean" or kind == "nil" then return tostring(value) end
    if kind ~= "table" then return kind end
    if depth >= 3 then return "{...}" end
    local items = {}
    for key, item in pairs(value) do
      items[#items + 1] = "[" .. show(key, depth + 1) .. "]=" .. show(item, depth + 1)
    end
    sort(items)
    return "{" .. concat(items, ",") .. "}"
  end
  function emit(label, ...)
    local parts = {}
    for index = 1, select("#", ...) do
      parts[index] = show((select(index, ...)), 0)
    end
    print(label .. ": " .. concat(parts, " "))
  end
  function emit_types(label, ok, ...)
    if not ok then return emit(label, ok, ...) end
    local parts = {"true"}
    for index = 1, select("#", ...) do
      parts[index + 1] = type((select(index, ...)))
    end
    print(label .. ": " .. concat(parts, " "))
  end
end
do local a1 = (function() local up = 5 return function() return up end end)() emit("debug.getupvalue(base, missing)", pcall(function() return debug.getupvalue(a1) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), nil emit("debug.getupvalue(base, nil)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), true emit("debug.getupvalue(base, true)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), false emit("debug.getupvalue(base, false)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 0 emit("debug.getupvalue(base, 0)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -(function() return 0 end)() emit("debug.getupvalue(base, -0)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 1 emit("debug.getupvalue(base, 1)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -1 emit("debug.getupvalue(base, -1)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -3 emit("debug.getupvalue(base, -3)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 0.5 emit("debug.getupvalue(base, 0.5)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -0.5 emit("debug.getupvalue(base, -0.5)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 1.5 emit("debug.getupvalue(base, 1.5)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 0/0 emit("debug.getupvalue(base, nan)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 1/0 emit("debug.getupvalue(base, inf)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -1/0 emit("debug.getupvalue(base, -inf)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2^31 emit("debug.getupvalue(base, 2^31)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2^31-1 emit("debug.getupvalue(base, 2^31-1)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -2^31 emit("debug.getupvalue(base, -2^31)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -2^31-1 emit("debug.getupvalue(base, -2^31-1)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2^32+1 emit("debug.getupvalue(base, 2^32+1)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2^53 emit("debug.getupvalue(base, 2^53)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2^63 emit("debug.getupvalue(base, 2^63)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 1e300 emit("debug.getupvalue(base, 1e300)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -1e300 emit("debug.getupvalue(base, -1e300)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 255 emit("debug.getupvalue(base, 255)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 256 emit("debug.getupvalue(base, 256)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "" emit("debug.getupvalue(base, empty)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "abc" emit("debug.getupvalue(base, abc)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "a\0b" emit("debug.getupvalue(base, nul)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), " 10 " emit("debug.getupvalue(base, ' 10 ')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "0x10" emit("debug.getupvalue(base, '0x10')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "1e2" emit("debug.getupvalue(base, '1e2')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "-1" emit("debug.getupvalue(base, '-1')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "nan" emit("debug.getupvalue(base, 'nan')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), " inf" emit("debug.getupvalue(base, 'inf')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "0x" emit("debug.getupvalue(base, '0x')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), "2147483648" emit("debug.getupvalue(base, '2^31')", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), string.rep("x", 100000) emit("debug.getupvalue(base, huge)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), {} emit("debug.getupvalue(base, {})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), {1, 2, 3} emit("debug.getupvalue(base, {1,2,3})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__index = function(t, k) return k end}) emit("debug.getupvalue(base, {__index})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__tostring = function() return "T" end}) emit("debug.getupvalue(base, {__tostring})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__tostring = function() return {} end}) emit("debug.getupvalue(base, {__tostring bad})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({1, 2}, {__len = function() return 10 end}) emit("debug.getupvalue(base, {__len})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("debug.getupvalue(base, {__call})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__metatable = "locked"}) emit("debug.getupvalue(base, {__metatable})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("debug.getupvalue(base, {__eq __lt __concat})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("debug.getupvalue(base, {__index table})", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), function() end emit("debug.getupvalue(base, function)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), math.max emit("debug.getupvalue(base, C function)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), coroutine.create(function() end) emit("debug.getupvalue(base, thread)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), newproxy() emit("debug.getupvalue(base, userdata)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("debug.getupvalue(base, userdata with metatable)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2 emit("debug.getupvalue(base, 2)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 3 emit("debug.getupvalue(base, 3)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -2 emit("debug.getupvalue(base, -2)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 100 emit("debug.getupvalue(base, 100)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2^30 emit("debug.getupvalue(base, 2^30)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), 2.9 emit("debug.getupvalue(base, 2.9)", pcall(function() return debug.getupvalue(a1, a2) end)) end
do local a1, a2 = (function() local up = 5 return function() return up end end)(), -2.9 emit("debug.getupvalue(base, -2.9)", pcall(function() return debug.getupvalue(a1, a2) end)) end
