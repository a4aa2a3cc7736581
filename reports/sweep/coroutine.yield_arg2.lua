-- Library-argument sweep ferrous-conformance run --sweep: coroutine.yield/arg2
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
do local a1 = 1 emit("coroutine.yield(base, missing)", pcall(function() return coroutine.yield(a1) end)) end
do local a1, a2 = 1, nil emit("coroutine.yield(base, nil)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, true emit("coroutine.yield(base, true)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, false emit("coroutine.yield(base, false)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 0 emit("coroutine.yield(base, 0)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -(function() return 0 end)() emit("coroutine.yield(base, -0)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 1 emit("coroutine.yield(base, 1)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -1 emit("coroutine.yield(base, -1)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -3 emit("coroutine.yield(base, -3)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 0.5 emit("coroutine.yield(base, 0.5)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -0.5 emit("coroutine.yield(base, -0.5)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 1.5 emit("coroutine.yield(base, 1.5)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 0/0 emit("coroutine.yield(base, nan)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 1/0 emit("coroutine.yield(base, inf)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -1/0 emit("coroutine.yield(base, -inf)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 2^31 emit("coroutine.yield(base, 2^31)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 2^31-1 emit("coroutine.yield(base, 2^31-1)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -2^31 emit("coroutine.yield(base, -2^31)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -2^31-1 emit("coroutine.yield(base, -2^31-1)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 2^32+1 emit("coroutine.yield(base, 2^32+1)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 2^53 emit("coroutine.yield(base, 2^53)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 2^63 emit("coroutine.yield(base, 2^63)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 1e300 emit("coroutine.yield(base, 1e300)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, -1e300 emit("coroutine.yield(base, -1e300)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 255 emit("coroutine.yield(base, 255)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, 256 emit("coroutine.yield(base, 256)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "" emit("coroutine.yield(base, empty)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "abc" emit("coroutine.yield(base, abc)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "a\0b" emit("coroutine.yield(base, nul)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, " 10 " emit("coroutine.yield(base, ' 10 ')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "0x10" emit("coroutine.yield(base, '0x10')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "1e2" emit("coroutine.yield(base, '1e2')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "-1" emit("coroutine.yield(base, '-1')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "nan" emit("coroutine.yield(base, 'nan')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, " inf" emit("coroutine.yield(base, 'inf')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "0x" emit("coroutine.yield(base, '0x')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, "2147483648" emit("coroutine.yield(base, '2^31')", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, string.rep("x", 100000) emit("coroutine.yield(base, huge)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, {} emit("coroutine.yield(base, {})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, {1, 2, 3} emit("coroutine.yield(base, {1,2,3})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__index = function(t, k) return k end}) emit("coroutine.yield(base, {__index})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__tostring = function() return "T" end}) emit("coroutine.yield(base, {__tostring})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__tostring = function() return {} end}) emit("coroutine.yield(base, {__tostring bad})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({1, 2}, {__len = function() return 10 end}) emit("coroutine.yield(base, {__len})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("coroutine.yield(base, {__call})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__metatable = "locked"}) emit("coroutine.yield(base, {__metatable})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("coroutine.yield(base, {__eq __lt __concat})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("coroutine.yield(base, {__index table})", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, function() end emit("coroutine.yield(base, function)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, math.max emit("coroutine.yield(base, C function)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, coroutine.create(function() end) emit("coroutine.yield(base, thread)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, newproxy() emit("coroutine.yield(base, userdata)", pcall(function() return coroutine.yield(a1, a2) end)) end
do local a1, a2 = 1, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("coroutine.yield(base, userdata with metatable)", pcall(function() return coroutine.yield(a1, a2) end)) end
