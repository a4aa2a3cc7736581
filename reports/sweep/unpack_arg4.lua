-- Library-argument sweep ferrous-conformance run --sweep: unpack/arg4
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
do local a1, a2, a3 = {3, 1, 2}, 1, 3 emit("unpack(base, base, base, missing)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, nil emit("unpack(base, base, base, nil)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, true emit("unpack(base, base, base, true)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, false emit("unpack(base, base, base, false)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 0 emit("unpack(base, base, base, 0)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -(function() return 0 end)() emit("unpack(base, base, base, -0)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 1 emit("unpack(base, base, base, 1)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -1 emit("unpack(base, base, base, -1)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -3 emit("unpack(base, base, base, -3)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 0.5 emit("unpack(base, base, base, 0.5)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -0.5 emit("unpack(base, base, base, -0.5)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 1.5 emit("unpack(base, base, base, 1.5)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 0/0 emit("unpack(base, base, base, nan)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 1/0 emit("unpack(base, base, base, inf)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -1/0 emit("unpack(base, base, base, -inf)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 2^31 emit("unpack(base, base, base, 2^31)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 2^31-1 emit("unpack(base, base, base, 2^31-1)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -2^31 emit("unpack(base, base, base, -2^31)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -2^31-1 emit("unpack(base, base, base, -2^31-1)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 2^32+1 emit("unpack(base, base, base, 2^32+1)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 2^53 emit("unpack(base, base, base, 2^53)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 2^63 emit("unpack(base, base, base, 2^63)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 1e300 emit("unpack(base, base, base, 1e300)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, -1e300 emit("unpack(base, base, base, -1e300)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 255 emit("unpack(base, base, base, 255)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, 256 emit("unpack(base, base, base, 256)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "" emit("unpack(base, base, base, empty)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "abc" emit("unpack(base, base, base, abc)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "a\0b" emit("unpack(base, base, base, nul)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, " 10 " emit("unpack(base, base, base, ' 10 ')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "0x10" emit("unpack(base, base, base, '0x10')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "1e2" emit("unpack(base, base, base, '1e2')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "-1" emit("unpack(base, base, base, '-1')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "nan" emit("unpack(base, base, base, 'nan')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, " inf" emit("unpack(base, base, base, 'inf')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "0x" emit("unpack(base, base, base, '0x')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, "2147483648" emit("unpack(base, base, base, '2^31')", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, string.rep("x", 100000) emit("unpack(base, base, base, huge)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, {} emit("unpack(base, base, base, {})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, {1, 2, 3} emit("unpack(base, base, base, {1,2,3})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__index = function(t, k) return k end}) emit("unpack(base, base, base, {__index})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__tostring = function() return "T" end}) emit("unpack(base, base, base, {__tostring})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__tostring = function() return {} end}) emit("unpack(base, base, base, {__tostring bad})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({1, 2}, {__len = function() return 10 end}) emit("unpack(base, base, base, {__len})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("unpack(base, base, base, {__call})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__metatable = "locked"}) emit("unpack(base, base, base, {__metatable})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("unpack(base, base, base, {__eq __lt __concat})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("unpack(base, base, base, {__index table})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, function() end emit("unpack(base, base, base, function)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, math.max emit("unpack(base, base, base, C function)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, coroutine.create(function() end) emit("unpack(base, base, base, thread)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, newproxy() emit("unpack(base, base, base, userdata)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, 1, 3, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("unpack(base, base, base, userdata with metatable)", pcall(function() return unpack(a1, a2, a3, a4) end)) end
