-- Library-argument sweep ferrous-conformance run --sweep: string.lower/arg1
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
do emit("string.lower(missing)", pcall(function() return string.lower() end)) end
do local a1 = nil emit("string.lower(nil)", pcall(function() return string.lower(a1) end)) end
do local a1 = true emit("string.lower(true)", pcall(function() return string.lower(a1) end)) end
do local a1 = false emit("string.lower(false)", pcall(function() return string.lower(a1) end)) end
do local a1 = 0 emit("string.lower(0)", pcall(function() return string.lower(a1) end)) end
do local a1 = -(function() return 0 end)() emit("string.lower(-0)", pcall(function() return string.lower(a1) end)) end
do local a1 = 1 emit("string.lower(1)", pcall(function() return string.lower(a1) end)) end
do local a1 = -1 emit("string.lower(-1)", pcall(function() return string.lower(a1) end)) end
do local a1 = -3 emit("string.lower(-3)", pcall(function() return string.lower(a1) end)) end
do local a1 = 0.5 emit("string.lower(0.5)", pcall(function() return string.lower(a1) end)) end
do local a1 = -0.5 emit("string.lower(-0.5)", pcall(function() return string.lower(a1) end)) end
do local a1 = 1.5 emit("string.lower(1.5)", pcall(function() return string.lower(a1) end)) end
do local a1 = 0/0 emit("string.lower(nan)", pcall(function() return string.lower(a1) end)) end
do local a1 = 1/0 emit("string.lower(inf)", pcall(function() return string.lower(a1) end)) end
do local a1 = -1/0 emit("string.lower(-inf)", pcall(function() return string.lower(a1) end)) end
do local a1 = 2^31 emit("string.lower(2^31)", pcall(function() return string.lower(a1) end)) end
do local a1 = 2^31-1 emit("string.lower(2^31-1)", pcall(function() return string.lower(a1) end)) end
do local a1 = -2^31 emit("string.lower(-2^31)", pcall(function() return string.lower(a1) end)) end
do local a1 = -2^31-1 emit("string.lower(-2^31-1)", pcall(function() return string.lower(a1) end)) end
do local a1 = 2^32+1 emit("string.lower(2^32+1)", pcall(function() return string.lower(a1) end)) end
do local a1 = 2^53 emit("string.lower(2^53)", pcall(function() return string.lower(a1) end)) end
do local a1 = 2^63 emit("string.lower(2^63)", pcall(function() return string.lower(a1) end)) end
do local a1 = 1e300 emit("string.lower(1e300)", pcall(function() return string.lower(a1) end)) end
do local a1 = -1e300 emit("string.lower(-1e300)", pcall(function() return string.lower(a1) end)) end
do local a1 = 255 emit("string.lower(255)", pcall(function() return string.lower(a1) end)) end
do local a1 = 256 emit("string.lower(256)", pcall(function() return string.lower(a1) end)) end
do local a1 = "" emit("string.lower(empty)", pcall(function() return string.lower(a1) end)) end
do local a1 = "abc" emit("string.lower(abc)", pcall(function() return string.lower(a1) end)) end
do local a1 = "a\0b" emit("string.lower(nul)", pcall(function() return string.lower(a1) end)) end
do local a1 = " 10 " emit("string.lower(' 10 ')", pcall(function() return string.lower(a1) end)) end
do local a1 = "0x10" emit("string.lower('0x10')", pcall(function() return string.lower(a1) end)) end
do local a1 = "1e2" emit("string.lower('1e2')", pcall(function() return string.lower(a1) end)) end
do local a1 = "-1" emit("string.lower('-1')", pcall(function() return string.lower(a1) end)) end
do local a1 = "nan" emit("string.lower('nan')", pcall(function() return string.lower(a1) end)) end
do local a1 = " inf" emit("string.lower('inf')", pcall(function() return string.lower(a1) end)) end
do local a1 = "0x" emit("string.lower('0x')", pcall(function() return string.lower(a1) end)) end
do local a1 = "2147483648" emit("string.lower('2^31')", pcall(function() return string.lower(a1) end)) end
do local a1 = string.rep("x", 100000) emit("string.lower(huge)", pcall(function() return string.lower(a1) end)) end
do local a1 = {} emit("string.lower({})", pcall(function() return string.lower(a1) end)) end
do local a1 = {1, 2, 3} emit("string.lower({1,2,3})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("string.lower({__index})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("string.lower({__tostring})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("string.lower({__tostring bad})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("string.lower({__len})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("string.lower({__call})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("string.lower({__metatable})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.lower({__eq __lt __concat})", pcall(function() return string.lower(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.lower({__index table})", pcall(function() return string.lower(a1) end)) end
do local a1 = function() end emit("string.lower(function)", pcall(function() return string.lower(a1) end)) end
do local a1 = math.max emit("string.lower(C function)", pcall(function() return string.lower(a1) end)) end
do local a1 = coroutine.create(function() end) emit("string.lower(thread)", pcall(function() return string.lower(a1) end)) end
do local a1 = newproxy() emit("string.lower(userdata)", pcall(function() return string.lower(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("string.lower(userdata with metatable)", pcall(function() return string.lower(a1) end)) end
do local a1 = "a\0b\0" emit("string.lower(nuls)", pcall(function() return string.lower(a1) end)) end
do local a1 = "\255\128\0" emit("string.lower(high bytes)", pcall(function() return string.lower(a1) end)) end
do local a1 = "aBc XyZ 09" emit("string.lower(mixed case)", pcall(function() return string.lower(a1) end)) end
do local a1 = "line\nline\r\n" emit("string.lower(newlines)", pcall(function() return string.lower(a1) end)) end
