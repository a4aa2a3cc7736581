-- Library-argument sweep ferrous-conformance run --sweep: math.sin/arg2
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
do local a1 = 1.5 emit("math.sin(base, missing)", pcall(function() return math.sin(a1) end)) end
do local a1, a2 = 1.5, nil emit("math.sin(base, nil)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, true emit("math.sin(base, true)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, false emit("math.sin(base, false)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 0 emit("math.sin(base, 0)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -(function() return 0 end)() emit("math.sin(base, -0)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 1 emit("math.sin(base, 1)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -1 emit("math.sin(base, -1)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -3 emit("math.sin(base, -3)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 0.5 emit("math.sin(base, 0.5)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -0.5 emit("math.sin(base, -0.5)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 1.5 emit("math.sin(base, 1.5)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 0/0 emit("math.sin(base, nan)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 1/0 emit("math.sin(base, inf)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -1/0 emit("math.sin(base, -inf)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 2^31 emit("math.sin(base, 2^31)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 2^31-1 emit("math.sin(base, 2^31-1)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -2^31 emit("math.sin(base, -2^31)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -2^31-1 emit("math.sin(base, -2^31-1)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 2^32+1 emit("math.sin(base, 2^32+1)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 2^53 emit("math.sin(base, 2^53)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 2^63 emit("math.sin(base, 2^63)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 1e300 emit("math.sin(base, 1e300)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, -1e300 emit("math.sin(base, -1e300)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 255 emit("math.sin(base, 255)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, 256 emit("math.sin(base, 256)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "" emit("math.sin(base, empty)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "abc" emit("math.sin(base, abc)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "a\0b" emit("math.sin(base, nul)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, " 10 " emit("math.sin(base, ' 10 ')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "0x10" emit("math.sin(base, '0x10')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "1e2" emit("math.sin(base, '1e2')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "-1" emit("math.sin(base, '-1')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "nan" emit("math.sin(base, 'nan')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, " inf" emit("math.sin(base, 'inf')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "0x" emit("math.sin(base, '0x')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, "2147483648" emit("math.sin(base, '2^31')", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, string.rep("x", 100000) emit("math.sin(base, huge)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, {} emit("math.sin(base, {})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, {1, 2, 3} emit("math.sin(base, {1,2,3})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__index = function(t, k) return k end}) emit("math.sin(base, {__index})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__tostring = function() return "T" end}) emit("math.sin(base, {__tostring})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__tostring = function() return {} end}) emit("math.sin(base, {__tostring bad})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({1, 2}, {__len = function() return 10 end}) emit("math.sin(base, {__len})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("math.sin(base, {__call})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__metatable = "locked"}) emit("math.sin(base, {__metatable})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("math.sin(base, {__eq __lt __concat})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("math.sin(base, {__index table})", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, function() end emit("math.sin(base, function)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, math.max emit("math.sin(base, C function)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, coroutine.create(function() end) emit("math.sin(base, thread)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, newproxy() emit("math.sin(base, userdata)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = 1.5, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("math.sin(base, userdata with metatable)", pcall(function() return math.sin(a1, a2) end)) end
