-- Library-argument sweep ferrous-conformance run --sweep: loadstring/arg2
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
do local a1 = "return 1" emit("loadstring(base, missing)", pcall(function() return loadstring(a1) end)) end
do local a1, a2 = "return 1", nil emit("loadstring(base, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", true emit("loadstring(base, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", false emit("loadstring(base, false)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 0 emit("loadstring(base, 0)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -(function() return 0 end)() emit("loadstring(base, -0)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 1 emit("loadstring(base, 1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -1 emit("loadstring(base, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -3 emit("loadstring(base, -3)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 0.5 emit("loadstring(base, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -0.5 emit("loadstring(base, -0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 1.5 emit("loadstring(base, 1.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 0/0 emit("loadstring(base, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 1/0 emit("loadstring(base, inf)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -1/0 emit("loadstring(base, -inf)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 2^31 emit("loadstring(base, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 2^31-1 emit("loadstring(base, 2^31-1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -2^31 emit("loadstring(base, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -2^31-1 emit("loadstring(base, -2^31-1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 2^32+1 emit("loadstring(base, 2^32+1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 2^53 emit("loadstring(base, 2^53)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 2^63 emit("loadstring(base, 2^63)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 1e300 emit("loadstring(base, 1e300)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", -1e300 emit("loadstring(base, -1e300)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 255 emit("loadstring(base, 255)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", 256 emit("loadstring(base, 256)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "" emit("loadstring(base, empty)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "abc" emit("loadstring(base, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "a\0b" emit("loadstring(base, nul)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", " 10 " emit("loadstring(base, ' 10 ')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "0x10" emit("loadstring(base, '0x10')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "1e2" emit("loadstring(base, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "-1" emit("loadstring(base, '-1')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "nan" emit("loadstring(base, 'nan')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", " inf" emit("loadstring(base, 'inf')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "0x" emit("loadstring(base, '0x')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "2147483648" emit("loadstring(base, '2^31')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", string.rep("x", 100000) emit("loadstring(base, huge)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", {} emit("loadstring(base, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", {1, 2, 3} emit("loadstring(base, {1,2,3})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__index = function(t, k) return k end}) emit("loadstring(base, {__index})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__tostring = function() return "T" end}) emit("loadstring(base, {__tostring})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__tostring = function() return {} end}) emit("loadstring(base, {__tostring bad})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({1, 2}, {__len = function() return 10 end}) emit("loadstring(base, {__len})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("loadstring(base, {__call})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__metatable = "locked"}) emit("loadstring(base, {__metatable})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("loadstring(base, {__eq __lt __concat})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("loadstring(base, {__index table})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", function() end emit("loadstring(base, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", math.max emit("loadstring(base, C function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", coroutine.create(function() end) emit("loadstring(base, thread)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", newproxy() emit("loadstring(base, userdata)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("loadstring(base, userdata with metatable)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "a\0b\0" emit("loadstring(base, nuls)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "\255\128\0" emit("loadstring(base, high bytes)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "aBc XyZ 09" emit("loadstring(base, mixed case)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "line\nline\r\n" emit("loadstring(base, newlines)", pcall(function() return loadstring(a1, a2) end)) end
