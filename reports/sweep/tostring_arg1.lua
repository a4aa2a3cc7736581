-- Library-argument sweep ferrous-conformance run --sweep: tostring/arg1
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
do emit("tostring(missing)", pcall(function() return tostring() end)) end
do local a1 = nil emit("tostring(nil)", pcall(function() return tostring(a1) end)) end
do local a1 = true emit("tostring(true)", pcall(function() return tostring(a1) end)) end
do local a1 = false emit("tostring(false)", pcall(function() return tostring(a1) end)) end
do local a1 = 0 emit("tostring(0)", pcall(function() return tostring(a1) end)) end
do local a1 = -(function() return 0 end)() emit("tostring(-0)", pcall(function() return tostring(a1) end)) end
do local a1 = 1 emit("tostring(1)", pcall(function() return tostring(a1) end)) end
do local a1 = -1 emit("tostring(-1)", pcall(function() return tostring(a1) end)) end
do local a1 = -3 emit("tostring(-3)", pcall(function() return tostring(a1) end)) end
do local a1 = 0.5 emit("tostring(0.5)", pcall(function() return tostring(a1) end)) end
do local a1 = -0.5 emit("tostring(-0.5)", pcall(function() return tostring(a1) end)) end
do local a1 = 1.5 emit("tostring(1.5)", pcall(function() return tostring(a1) end)) end
do local a1 = 0/0 emit("tostring(nan)", pcall(function() return tostring(a1) end)) end
do local a1 = 1/0 emit("tostring(inf)", pcall(function() return tostring(a1) end)) end
do local a1 = -1/0 emit("tostring(-inf)", pcall(function() return tostring(a1) end)) end
do local a1 = 2^31 emit("tostring(2^31)", pcall(function() return tostring(a1) end)) end
do local a1 = 2^31-1 emit("tostring(2^31-1)", pcall(function() return tostring(a1) end)) end
do local a1 = -2^31 emit("tostring(-2^31)", pcall(function() return tostring(a1) end)) end
do local a1 = -2^31-1 emit("tostring(-2^31-1)", pcall(function() return tostring(a1) end)) end
do local a1 = 2^32+1 emit("tostring(2^32+1)", pcall(function() return tostring(a1) end)) end
do local a1 = 2^53 emit("tostring(2^53)", pcall(function() return tostring(a1) end)) end
do local a1 = 2^63 emit("tostring(2^63)", pcall(function() return tostring(a1) end)) end
do local a1 = 1e300 emit("tostring(1e300)", pcall(function() return tostring(a1) end)) end
do local a1 = -1e300 emit("tostring(-1e300)", pcall(function() return tostring(a1) end)) end
do local a1 = 255 emit("tostring(255)", pcall(function() return tostring(a1) end)) end
do local a1 = 256 emit("tostring(256)", pcall(function() return tostring(a1) end)) end
do local a1 = "" emit("tostring(empty)", pcall(function() return tostring(a1) end)) end
do local a1 = "abc" emit("tostring(abc)", pcall(function() return tostring(a1) end)) end
do local a1 = "a\0b" emit("tostring(nul)", pcall(function() return tostring(a1) end)) end
do local a1 = " 10 " emit("tostring(' 10 ')", pcall(function() return tostring(a1) end)) end
do local a1 = "0x10" emit("tostring('0x10')", pcall(function() return tostring(a1) end)) end
do local a1 = "1e2" emit("tostring('1e2')", pcall(function() return tostring(a1) end)) end
do local a1 = "-1" emit("tostring('-1')", pcall(function() return tostring(a1) end)) end
do local a1 = "nan" emit("tostring('nan')", pcall(function() return tostring(a1) end)) end
do local a1 = " inf" emit("tostring('inf')", pcall(function() return tostring(a1) end)) end
do local a1 = "0x" emit("tostring('0x')", pcall(function() return tostring(a1) end)) end
do local a1 = "2147483648" emit("tostring('2^31')", pcall(function() return tostring(a1) end)) end
do local a1 = string.rep("x", 100000) emit("tostring(huge)", pcall(function() return tostring(a1) end)) end
do local a1 = {} emit("tostring({})", pcall(function() return tostring(a1) end)) end
do local a1 = {1, 2, 3} emit("tostring({1,2,3})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("tostring({__index})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("tostring({__tostring})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("tostring({__tostring bad})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("tostring({__len})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("tostring({__call})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("tostring({__metatable})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("tostring({__eq __lt __concat})", pcall(function() return tostring(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("tostring({__index table})", pcall(function() return tostring(a1) end)) end
do local a1 = function() end emit("tostring(function)", pcall(function() return tostring(a1) end)) end
do local a1 = math.max emit("tostring(C function)", pcall(function() return tostring(a1) end)) end
do local a1 = coroutine.create(function() end) emit("tostring(thread)", pcall(function() return tostring(a1) end)) end
do local a1 = newproxy() emit("tostring(userdata)", pcall(function() return tostring(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("tostring(userdata with metatable)", pcall(function() return tostring(a1) end)) end
