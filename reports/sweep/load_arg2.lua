-- Library-argument sweep ferrous-conformance run --sweep: load/arg2
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
do local a1 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)() emit("load(base, missing)", pcall(function() return load(a1) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), nil emit("load(base, nil)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), true emit("load(base, true)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), false emit("load(base, false)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 0 emit("load(base, 0)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -(function() return 0 end)() emit("load(base, -0)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 1 emit("load(base, 1)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -1 emit("load(base, -1)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -3 emit("load(base, -3)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 0.5 emit("load(base, 0.5)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -0.5 emit("load(base, -0.5)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 1.5 emit("load(base, 1.5)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 0/0 emit("load(base, nan)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 1/0 emit("load(base, inf)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -1/0 emit("load(base, -inf)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 2^31 emit("load(base, 2^31)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 2^31-1 emit("load(base, 2^31-1)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -2^31 emit("load(base, -2^31)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -2^31-1 emit("load(base, -2^31-1)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 2^32+1 emit("load(base, 2^32+1)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 2^53 emit("load(base, 2^53)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 2^63 emit("load(base, 2^63)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 1e300 emit("load(base, 1e300)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), -1e300 emit("load(base, -1e300)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 255 emit("load(base, 255)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), 256 emit("load(base, 256)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "" emit("load(base, empty)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "abc" emit("load(base, abc)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "a\0b" emit("load(base, nul)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), " 10 " emit("load(base, ' 10 ')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "0x10" emit("load(base, '0x10')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "1e2" emit("load(base, '1e2')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "-1" emit("load(base, '-1')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "nan" emit("load(base, 'nan')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), " inf" emit("load(base, 'inf')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "0x" emit("load(base, '0x')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "2147483648" emit("load(base, '2^31')", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), string.rep("x", 100000) emit("load(base, huge)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), {} emit("load(base, {})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), {1, 2, 3} emit("load(base, {1,2,3})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__index = function(t, k) return k end}) emit("load(base, {__index})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__tostring = function() return "T" end}) emit("load(base, {__tostring})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__tostring = function() return {} end}) emit("load(base, {__tostring bad})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({1, 2}, {__len = function() return 10 end}) emit("load(base, {__len})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("load(base, {__call})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__metatable = "locked"}) emit("load(base, {__metatable})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("load(base, {__eq __lt __concat})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("load(base, {__index table})", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), function() end emit("load(base, function)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), math.max emit("load(base, C function)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), coroutine.create(function() end) emit("load(base, thread)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), newproxy() emit("load(base, userdata)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("load(base, userdata with metatable)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "a\0b\0" emit("load(base, nuls)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "\255\128\0" emit("load(base, high bytes)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "aBc XyZ 09" emit("load(base, mixed case)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local parts = {"return ", "1"} local i = 0 return function() i = i + 1 return parts[i] end end)(), "line\nline\r\n" emit("load(base, newlines)", pcall(function() return load(a1, a2) end)) end
