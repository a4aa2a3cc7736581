-- Library-argument sweep ferrous-conformance run --sweep: tonumber/arg3
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
do local a1, a2 = "10", 16 emit("tonumber(base, base, missing)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2, a3 = "10", 16, nil emit("tonumber(base, base, nil)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, true emit("tonumber(base, base, true)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, false emit("tonumber(base, base, false)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 0 emit("tonumber(base, base, 0)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -(function() return 0 end)() emit("tonumber(base, base, -0)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 1 emit("tonumber(base, base, 1)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -1 emit("tonumber(base, base, -1)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -3 emit("tonumber(base, base, -3)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 0.5 emit("tonumber(base, base, 0.5)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -0.5 emit("tonumber(base, base, -0.5)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 1.5 emit("tonumber(base, base, 1.5)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 0/0 emit("tonumber(base, base, nan)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 1/0 emit("tonumber(base, base, inf)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -1/0 emit("tonumber(base, base, -inf)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 2^31 emit("tonumber(base, base, 2^31)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 2^31-1 emit("tonumber(base, base, 2^31-1)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -2^31 emit("tonumber(base, base, -2^31)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -2^31-1 emit("tonumber(base, base, -2^31-1)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 2^32+1 emit("tonumber(base, base, 2^32+1)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 2^53 emit("tonumber(base, base, 2^53)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 2^63 emit("tonumber(base, base, 2^63)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 1e300 emit("tonumber(base, base, 1e300)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, -1e300 emit("tonumber(base, base, -1e300)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 255 emit("tonumber(base, base, 255)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, 256 emit("tonumber(base, base, 256)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "" emit("tonumber(base, base, empty)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "abc" emit("tonumber(base, base, abc)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "a\0b" emit("tonumber(base, base, nul)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, " 10 " emit("tonumber(base, base, ' 10 ')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "0x10" emit("tonumber(base, base, '0x10')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "1e2" emit("tonumber(base, base, '1e2')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "-1" emit("tonumber(base, base, '-1')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "nan" emit("tonumber(base, base, 'nan')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, " inf" emit("tonumber(base, base, 'inf')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "0x" emit("tonumber(base, base, '0x')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, "2147483648" emit("tonumber(base, base, '2^31')", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, string.rep("x", 100000) emit("tonumber(base, base, huge)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, {} emit("tonumber(base, base, {})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, {1, 2, 3} emit("tonumber(base, base, {1,2,3})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__index = function(t, k) return k end}) emit("tonumber(base, base, {__index})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__tostring = function() return "T" end}) emit("tonumber(base, base, {__tostring})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__tostring = function() return {} end}) emit("tonumber(base, base, {__tostring bad})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({1, 2}, {__len = function() return 10 end}) emit("tonumber(base, base, {__len})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("tonumber(base, base, {__call})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__metatable = "locked"}) emit("tonumber(base, base, {__metatable})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("tonumber(base, base, {__eq __lt __concat})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("tonumber(base, base, {__index table})", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, function() end emit("tonumber(base, base, function)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, math.max emit("tonumber(base, base, C function)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, coroutine.create(function() end) emit("tonumber(base, base, thread)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, newproxy() emit("tonumber(base, base, userdata)", pcall(function() return tonumber(a1, a2, a3) end)) end
do local a1, a2, a3 = "10", 16, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("tonumber(base, base, userdata with metatable)", pcall(function() return tonumber(a1, a2, a3) end)) end
