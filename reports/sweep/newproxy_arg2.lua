-- Library-argument sweep ferrous-conformance run --sweep: newproxy/arg2
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
do local a1 = true emit("newproxy(base, missing)", pcall(function() return newproxy(a1) end)) end
do local a1, a2 = true, nil emit("newproxy(base, nil)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, true emit("newproxy(base, true)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, false emit("newproxy(base, false)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 0 emit("newproxy(base, 0)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -(function() return 0 end)() emit("newproxy(base, -0)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 1 emit("newproxy(base, 1)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -1 emit("newproxy(base, -1)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -3 emit("newproxy(base, -3)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("newproxy(base, 0.5)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -0.5 emit("newproxy(base, -0.5)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 1.5 emit("newproxy(base, 1.5)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("newproxy(base, nan)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 1/0 emit("newproxy(base, inf)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -1/0 emit("newproxy(base, -inf)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("newproxy(base, 2^31)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 2^31-1 emit("newproxy(base, 2^31-1)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("newproxy(base, -2^31)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -2^31-1 emit("newproxy(base, -2^31-1)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 2^32+1 emit("newproxy(base, 2^32+1)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 2^53 emit("newproxy(base, 2^53)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 2^63 emit("newproxy(base, 2^63)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 1e300 emit("newproxy(base, 1e300)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, -1e300 emit("newproxy(base, -1e300)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 255 emit("newproxy(base, 255)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, 256 emit("newproxy(base, 256)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "" emit("newproxy(base, empty)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("newproxy(base, abc)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "a\0b" emit("newproxy(base, nul)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, " 10 " emit("newproxy(base, ' 10 ')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "0x10" emit("newproxy(base, '0x10')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("newproxy(base, '1e2')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "-1" emit("newproxy(base, '-1')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "nan" emit("newproxy(base, 'nan')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, " inf" emit("newproxy(base, 'inf')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "0x" emit("newproxy(base, '0x')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, "2147483648" emit("newproxy(base, '2^31')", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, string.rep("x", 100000) emit("newproxy(base, huge)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, {} emit("newproxy(base, {})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, {1, 2, 3} emit("newproxy(base, {1,2,3})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__index = function(t, k) return k end}) emit("newproxy(base, {__index})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__tostring = function() return "T" end}) emit("newproxy(base, {__tostring})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__tostring = function() return {} end}) emit("newproxy(base, {__tostring bad})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({1, 2}, {__len = function() return 10 end}) emit("newproxy(base, {__len})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("newproxy(base, {__call})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__metatable = "locked"}) emit("newproxy(base, {__metatable})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("newproxy(base, {__eq __lt __concat})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("newproxy(base, {__index table})", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, function() end emit("newproxy(base, function)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, math.max emit("newproxy(base, C function)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, coroutine.create(function() end) emit("newproxy(base, thread)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, newproxy() emit("newproxy(base, userdata)", pcall(function() return newproxy(a1, a2) end)) end
do local a1, a2 = true, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("newproxy(base, userdata with metatable)", pcall(function() return newproxy(a1, a2) end)) end
