-- Library-argument sweep ferrous-conformance run --sweep: assert/arg2
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
do local a1 = 1 emit("assert(base, missing)", pcall(function() return assert(a1) end)) end
do local a1, a2 = 1, nil emit("assert(base, nil)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, true emit("assert(base, true)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, false emit("assert(base, false)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 0 emit("assert(base, 0)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -(function() return 0 end)() emit("assert(base, -0)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 1 emit("assert(base, 1)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -1 emit("assert(base, -1)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -3 emit("assert(base, -3)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 0.5 emit("assert(base, 0.5)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -0.5 emit("assert(base, -0.5)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 1.5 emit("assert(base, 1.5)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 0/0 emit("assert(base, nan)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 1/0 emit("assert(base, inf)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -1/0 emit("assert(base, -inf)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 2^31 emit("assert(base, 2^31)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 2^31-1 emit("assert(base, 2^31-1)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -2^31 emit("assert(base, -2^31)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -2^31-1 emit("assert(base, -2^31-1)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 2^32+1 emit("assert(base, 2^32+1)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 2^53 emit("assert(base, 2^53)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 2^63 emit("assert(base, 2^63)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 1e300 emit("assert(base, 1e300)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, -1e300 emit("assert(base, -1e300)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 255 emit("assert(base, 255)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, 256 emit("assert(base, 256)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "" emit("assert(base, empty)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "abc" emit("assert(base, abc)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "a\0b" emit("assert(base, nul)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, " 10 " emit("assert(base, ' 10 ')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "0x10" emit("assert(base, '0x10')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "1e2" emit("assert(base, '1e2')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "-1" emit("assert(base, '-1')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "nan" emit("assert(base, 'nan')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, " inf" emit("assert(base, 'inf')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "0x" emit("assert(base, '0x')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "2147483648" emit("assert(base, '2^31')", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, string.rep("x", 100000) emit("assert(base, huge)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, {} emit("assert(base, {})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, {1, 2, 3} emit("assert(base, {1,2,3})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__index = function(t, k) return k end}) emit("assert(base, {__index})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__tostring = function() return "T" end}) emit("assert(base, {__tostring})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__tostring = function() return {} end}) emit("assert(base, {__tostring bad})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({1, 2}, {__len = function() return 10 end}) emit("assert(base, {__len})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("assert(base, {__call})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__metatable = "locked"}) emit("assert(base, {__metatable})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("assert(base, {__eq __lt __concat})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("assert(base, {__index table})", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, function() end emit("assert(base, function)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, math.max emit("assert(base, C function)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, coroutine.create(function() end) emit("assert(base, thread)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, newproxy() emit("assert(base, userdata)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("assert(base, userdata with metatable)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "a\0b\0" emit("assert(base, nuls)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "\255\128\0" emit("assert(base, high bytes)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "aBc XyZ 09" emit("assert(base, mixed case)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = 1, "line\nline\r\n" emit("assert(base, newlines)", pcall(function() return assert(a1, a2) end)) end
