-- Library-argument sweep ferrous-conformance run --sweep: string.reverse/arg1
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, ": 0x%x+", ": ADDRESS"))
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
do emit("string.reverse(missing)", pcall(function() return string.reverse() end)) end
do local a1 = nil emit("string.reverse(nil)", pcall(function() return string.reverse(a1) end)) end
do local a1 = true emit("string.reverse(true)", pcall(function() return string.reverse(a1) end)) end
do local a1 = false emit("string.reverse(false)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 0 emit("string.reverse(0)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -(function() return 0 end)() emit("string.reverse(-0)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 1 emit("string.reverse(1)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -1 emit("string.reverse(-1)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -3 emit("string.reverse(-3)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 0.5 emit("string.reverse(0.5)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -0.5 emit("string.reverse(-0.5)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 1.5 emit("string.reverse(1.5)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 0/0 emit("string.reverse(nan)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 1/0 emit("string.reverse(inf)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -1/0 emit("string.reverse(-inf)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 2^31 emit("string.reverse(2^31)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 2^31-1 emit("string.reverse(2^31-1)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -2^31 emit("string.reverse(-2^31)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -2^31-1 emit("string.reverse(-2^31-1)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 2^32+1 emit("string.reverse(2^32+1)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 2^53 emit("string.reverse(2^53)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 2^63 emit("string.reverse(2^63)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 1e300 emit("string.reverse(1e300)", pcall(function() return string.reverse(a1) end)) end
do local a1 = -1e300 emit("string.reverse(-1e300)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 255 emit("string.reverse(255)", pcall(function() return string.reverse(a1) end)) end
do local a1 = 256 emit("string.reverse(256)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "" emit("string.reverse(empty)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "abc" emit("string.reverse(abc)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "a\0b" emit("string.reverse(nul)", pcall(function() return string.reverse(a1) end)) end
do local a1 = " 10 " emit("string.reverse(' 10 ')", pcall(function() return string.reverse(a1) end)) end
do local a1 = "0x10" emit("string.reverse('0x10')", pcall(function() return string.reverse(a1) end)) end
do local a1 = "1e2" emit("string.reverse('1e2')", pcall(function() return string.reverse(a1) end)) end
do local a1 = "-1" emit("string.reverse('-1')", pcall(function() return string.reverse(a1) end)) end
do local a1 = "nan" emit("string.reverse('nan')", pcall(function() return string.reverse(a1) end)) end
do local a1 = " inf" emit("string.reverse('inf')", pcall(function() return string.reverse(a1) end)) end
do local a1 = "0x" emit("string.reverse('0x')", pcall(function() return string.reverse(a1) end)) end
do local a1 = "2147483648" emit("string.reverse('2^31')", pcall(function() return string.reverse(a1) end)) end
do local a1 = string.rep("x", 100000) emit("string.reverse(huge)", pcall(function() return string.reverse(a1) end)) end
do local a1 = {} emit("string.reverse({})", pcall(function() return string.reverse(a1) end)) end
do local a1 = {1, 2, 3} emit("string.reverse({1,2,3})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("string.reverse({__index})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("string.reverse({__tostring})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("string.reverse({__tostring bad})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("string.reverse({__len})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("string.reverse({__call})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("string.reverse({__metatable})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.reverse({__eq __lt __concat})", pcall(function() return string.reverse(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.reverse({__index table})", pcall(function() return string.reverse(a1) end)) end
do local a1 = function() end emit("string.reverse(function)", pcall(function() return string.reverse(a1) end)) end
do local a1 = math.max emit("string.reverse(C function)", pcall(function() return string.reverse(a1) end)) end
do local a1 = coroutine.create(function() end) emit("string.reverse(thread)", pcall(function() return string.reverse(a1) end)) end
do local a1 = newproxy() emit("string.reverse(userdata)", pcall(function() return string.reverse(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("string.reverse(userdata with metatable)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "a\0b\0" emit("string.reverse(nuls)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "\255\128\0" emit("string.reverse(high bytes)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "aBc XyZ 09" emit("string.reverse(mixed case)", pcall(function() return string.reverse(a1) end)) end
do local a1 = "line\nline\r\n" emit("string.reverse(newlines)", pcall(function() return string.reverse(a1) end)) end
