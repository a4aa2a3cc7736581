-- Library-argument sweep ferrous-conformance run --sweep: os.difftime/arg2
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
do local a1 = 10 emit("os.difftime(base, missing)", pcall(function() return os.difftime(a1) end)) end
do local a1, a2 = 10, nil emit("os.difftime(base, nil)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, true emit("os.difftime(base, true)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, false emit("os.difftime(base, false)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 0 emit("os.difftime(base, 0)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -(function() return 0 end)() emit("os.difftime(base, -0)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 1 emit("os.difftime(base, 1)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -1 emit("os.difftime(base, -1)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -3 emit("os.difftime(base, -3)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 0.5 emit("os.difftime(base, 0.5)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -0.5 emit("os.difftime(base, -0.5)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 1.5 emit("os.difftime(base, 1.5)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 0/0 emit("os.difftime(base, nan)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 1/0 emit("os.difftime(base, inf)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -1/0 emit("os.difftime(base, -inf)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 2^31 emit("os.difftime(base, 2^31)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 2^31-1 emit("os.difftime(base, 2^31-1)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -2^31 emit("os.difftime(base, -2^31)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -2^31-1 emit("os.difftime(base, -2^31-1)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 2^32+1 emit("os.difftime(base, 2^32+1)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 2^53 emit("os.difftime(base, 2^53)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 2^63 emit("os.difftime(base, 2^63)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 1e300 emit("os.difftime(base, 1e300)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -1e300 emit("os.difftime(base, -1e300)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 255 emit("os.difftime(base, 255)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 256 emit("os.difftime(base, 256)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "" emit("os.difftime(base, empty)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "abc" emit("os.difftime(base, abc)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "a\0b" emit("os.difftime(base, nul)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, " 10 " emit("os.difftime(base, ' 10 ')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "0x10" emit("os.difftime(base, '0x10')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "1e2" emit("os.difftime(base, '1e2')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "-1" emit("os.difftime(base, '-1')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "nan" emit("os.difftime(base, 'nan')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, " inf" emit("os.difftime(base, 'inf')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "0x" emit("os.difftime(base, '0x')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, "2147483648" emit("os.difftime(base, '2^31')", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, string.rep("x", 100000) emit("os.difftime(base, huge)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, {} emit("os.difftime(base, {})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, {1, 2, 3} emit("os.difftime(base, {1,2,3})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__index = function(t, k) return k end}) emit("os.difftime(base, {__index})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__tostring = function() return "T" end}) emit("os.difftime(base, {__tostring})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__tostring = function() return {} end}) emit("os.difftime(base, {__tostring bad})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({1, 2}, {__len = function() return 10 end}) emit("os.difftime(base, {__len})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("os.difftime(base, {__call})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__metatable = "locked"}) emit("os.difftime(base, {__metatable})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("os.difftime(base, {__eq __lt __concat})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("os.difftime(base, {__index table})", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, function() end emit("os.difftime(base, function)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, math.max emit("os.difftime(base, C function)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, coroutine.create(function() end) emit("os.difftime(base, thread)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, newproxy() emit("os.difftime(base, userdata)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("os.difftime(base, userdata with metatable)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, -2.5 emit("os.difftime(base, -2.5)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 1e-300 emit("os.difftime(base, 1e-300)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 3.14159 emit("os.difftime(base, 3.14159)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 1e15 emit("os.difftime(base, 1e15)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 10, 2^-1074 emit("os.difftime(base, 2^-1074)", pcall(function() return os.difftime(a1, a2) end)) end
