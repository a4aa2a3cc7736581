-- Library-argument sweep ferrous-conformance run --sweep: math.exp/arg1
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
do emit("math.exp(missing)", pcall(function() return math.exp() end)) end
do local a1 = nil emit("math.exp(nil)", pcall(function() return math.exp(a1) end)) end
do local a1 = true emit("math.exp(true)", pcall(function() return math.exp(a1) end)) end
do local a1 = false emit("math.exp(false)", pcall(function() return math.exp(a1) end)) end
do local a1 = 0 emit("math.exp(0)", pcall(function() return math.exp(a1) end)) end
do local a1 = -(function() return 0 end)() emit("math.exp(-0)", pcall(function() return math.exp(a1) end)) end
do local a1 = 1 emit("math.exp(1)", pcall(function() return math.exp(a1) end)) end
do local a1 = -1 emit("math.exp(-1)", pcall(function() return math.exp(a1) end)) end
do local a1 = -3 emit("math.exp(-3)", pcall(function() return math.exp(a1) end)) end
do local a1 = 0.5 emit("math.exp(0.5)", pcall(function() return math.exp(a1) end)) end
do local a1 = -0.5 emit("math.exp(-0.5)", pcall(function() return math.exp(a1) end)) end
do local a1 = 1.5 emit("math.exp(1.5)", pcall(function() return math.exp(a1) end)) end
do local a1 = 0/0 emit("math.exp(nan)", pcall(function() return math.exp(a1) end)) end
do local a1 = 1/0 emit("math.exp(inf)", pcall(function() return math.exp(a1) end)) end
do local a1 = -1/0 emit("math.exp(-inf)", pcall(function() return math.exp(a1) end)) end
do local a1 = 2^31 emit("math.exp(2^31)", pcall(function() return math.exp(a1) end)) end
do local a1 = 2^31-1 emit("math.exp(2^31-1)", pcall(function() return math.exp(a1) end)) end
do local a1 = -2^31 emit("math.exp(-2^31)", pcall(function() return math.exp(a1) end)) end
do local a1 = -2^31-1 emit("math.exp(-2^31-1)", pcall(function() return math.exp(a1) end)) end
do local a1 = 2^32+1 emit("math.exp(2^32+1)", pcall(function() return math.exp(a1) end)) end
do local a1 = 2^53 emit("math.exp(2^53)", pcall(function() return math.exp(a1) end)) end
do local a1 = 2^63 emit("math.exp(2^63)", pcall(function() return math.exp(a1) end)) end
do local a1 = 1e300 emit("math.exp(1e300)", pcall(function() return math.exp(a1) end)) end
do local a1 = -1e300 emit("math.exp(-1e300)", pcall(function() return math.exp(a1) end)) end
do local a1 = 255 emit("math.exp(255)", pcall(function() return math.exp(a1) end)) end
do local a1 = 256 emit("math.exp(256)", pcall(function() return math.exp(a1) end)) end
do local a1 = "" emit("math.exp(empty)", pcall(function() return math.exp(a1) end)) end
do local a1 = "abc" emit("math.exp(abc)", pcall(function() return math.exp(a1) end)) end
do local a1 = "a\0b" emit("math.exp(nul)", pcall(function() return math.exp(a1) end)) end
do local a1 = " 10 " emit("math.exp(' 10 ')", pcall(function() return math.exp(a1) end)) end
do local a1 = "0x10" emit("math.exp('0x10')", pcall(function() return math.exp(a1) end)) end
do local a1 = "1e2" emit("math.exp('1e2')", pcall(function() return math.exp(a1) end)) end
do local a1 = "-1" emit("math.exp('-1')", pcall(function() return math.exp(a1) end)) end
do local a1 = "nan" emit("math.exp('nan')", pcall(function() return math.exp(a1) end)) end
do local a1 = " inf" emit("math.exp('inf')", pcall(function() return math.exp(a1) end)) end
do local a1 = "0x" emit("math.exp('0x')", pcall(function() return math.exp(a1) end)) end
do local a1 = "2147483648" emit("math.exp('2^31')", pcall(function() return math.exp(a1) end)) end
do local a1 = string.rep("x", 100000) emit("math.exp(huge)", pcall(function() return math.exp(a1) end)) end
do local a1 = {} emit("math.exp({})", pcall(function() return math.exp(a1) end)) end
do local a1 = {1, 2, 3} emit("math.exp({1,2,3})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("math.exp({__index})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("math.exp({__tostring})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("math.exp({__tostring bad})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("math.exp({__len})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("math.exp({__call})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("math.exp({__metatable})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("math.exp({__eq __lt __concat})", pcall(function() return math.exp(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("math.exp({__index table})", pcall(function() return math.exp(a1) end)) end
do local a1 = function() end emit("math.exp(function)", pcall(function() return math.exp(a1) end)) end
do local a1 = math.max emit("math.exp(C function)", pcall(function() return math.exp(a1) end)) end
do local a1 = coroutine.create(function() end) emit("math.exp(thread)", pcall(function() return math.exp(a1) end)) end
do local a1 = newproxy() emit("math.exp(userdata)", pcall(function() return math.exp(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("math.exp(userdata with metatable)", pcall(function() return math.exp(a1) end)) end
do local a1 = -2.5 emit("math.exp(-2.5)", pcall(function() return math.exp(a1) end)) end
do local a1 = 1e-300 emit("math.exp(1e-300)", pcall(function() return math.exp(a1) end)) end
do local a1 = 3.14159 emit("math.exp(3.14159)", pcall(function() return math.exp(a1) end)) end
do local a1 = 1e15 emit("math.exp(1e15)", pcall(function() return math.exp(a1) end)) end
do local a1 = 2^-1074 emit("math.exp(2^-1074)", pcall(function() return math.exp(a1) end)) end
