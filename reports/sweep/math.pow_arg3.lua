-- Library-argument sweep ferrous-conformance run --sweep: math.pow/arg3
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
do local a1, a2 = 2, 10 emit("math.pow(base, base, missing)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2, a3 = 2, 10, nil emit("math.pow(base, base, nil)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, true emit("math.pow(base, base, true)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, false emit("math.pow(base, base, false)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 0 emit("math.pow(base, base, 0)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -(function() return 0 end)() emit("math.pow(base, base, -0)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 1 emit("math.pow(base, base, 1)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -1 emit("math.pow(base, base, -1)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -3 emit("math.pow(base, base, -3)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 0.5 emit("math.pow(base, base, 0.5)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -0.5 emit("math.pow(base, base, -0.5)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 1.5 emit("math.pow(base, base, 1.5)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 0/0 emit("math.pow(base, base, nan)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 1/0 emit("math.pow(base, base, inf)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -1/0 emit("math.pow(base, base, -inf)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 2^31 emit("math.pow(base, base, 2^31)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 2^31-1 emit("math.pow(base, base, 2^31-1)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -2^31 emit("math.pow(base, base, -2^31)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -2^31-1 emit("math.pow(base, base, -2^31-1)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 2^32+1 emit("math.pow(base, base, 2^32+1)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 2^53 emit("math.pow(base, base, 2^53)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 2^63 emit("math.pow(base, base, 2^63)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 1e300 emit("math.pow(base, base, 1e300)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, -1e300 emit("math.pow(base, base, -1e300)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 255 emit("math.pow(base, base, 255)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, 256 emit("math.pow(base, base, 256)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "" emit("math.pow(base, base, empty)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "abc" emit("math.pow(base, base, abc)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "a\0b" emit("math.pow(base, base, nul)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, " 10 " emit("math.pow(base, base, ' 10 ')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "0x10" emit("math.pow(base, base, '0x10')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "1e2" emit("math.pow(base, base, '1e2')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "-1" emit("math.pow(base, base, '-1')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "nan" emit("math.pow(base, base, 'nan')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, " inf" emit("math.pow(base, base, 'inf')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "0x" emit("math.pow(base, base, '0x')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, "2147483648" emit("math.pow(base, base, '2^31')", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, string.rep("x", 100000) emit("math.pow(base, base, huge)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, {} emit("math.pow(base, base, {})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, {1, 2, 3} emit("math.pow(base, base, {1,2,3})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__index = function(t, k) return k end}) emit("math.pow(base, base, {__index})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__tostring = function() return "T" end}) emit("math.pow(base, base, {__tostring})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__tostring = function() return {} end}) emit("math.pow(base, base, {__tostring bad})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({1, 2}, {__len = function() return 10 end}) emit("math.pow(base, base, {__len})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("math.pow(base, base, {__call})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__metatable = "locked"}) emit("math.pow(base, base, {__metatable})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("math.pow(base, base, {__eq __lt __concat})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("math.pow(base, base, {__index table})", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, function() end emit("math.pow(base, base, function)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, math.max emit("math.pow(base, base, C function)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, coroutine.create(function() end) emit("math.pow(base, base, thread)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, newproxy() emit("math.pow(base, base, userdata)", pcall(function() return math.pow(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 10, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("math.pow(base, base, userdata with metatable)", pcall(function() return math.pow(a1, a2, a3) end)) end
