-- Library-argument sweep ferrous-conformance run --sweep: loadstring/arg3
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
do local a1, a2 = "return 1", "=chunk" emit("loadstring(base, base, missing)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2, a3 = "return 1", "=chunk", nil emit("loadstring(base, base, nil)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", true emit("loadstring(base, base, true)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", false emit("loadstring(base, base, false)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 0 emit("loadstring(base, base, 0)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -(function() return 0 end)() emit("loadstring(base, base, -0)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 1 emit("loadstring(base, base, 1)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -1 emit("loadstring(base, base, -1)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -3 emit("loadstring(base, base, -3)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 0.5 emit("loadstring(base, base, 0.5)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -0.5 emit("loadstring(base, base, -0.5)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 1.5 emit("loadstring(base, base, 1.5)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 0/0 emit("loadstring(base, base, nan)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 1/0 emit("loadstring(base, base, inf)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -1/0 emit("loadstring(base, base, -inf)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 2^31 emit("loadstring(base, base, 2^31)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 2^31-1 emit("loadstring(base, base, 2^31-1)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -2^31 emit("loadstring(base, base, -2^31)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -2^31-1 emit("loadstring(base, base, -2^31-1)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 2^32+1 emit("loadstring(base, base, 2^32+1)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 2^53 emit("loadstring(base, base, 2^53)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 2^63 emit("loadstring(base, base, 2^63)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 1e300 emit("loadstring(base, base, 1e300)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", -1e300 emit("loadstring(base, base, -1e300)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 255 emit("loadstring(base, base, 255)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", 256 emit("loadstring(base, base, 256)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "" emit("loadstring(base, base, empty)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "abc" emit("loadstring(base, base, abc)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "a\0b" emit("loadstring(base, base, nul)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", " 10 " emit("loadstring(base, base, ' 10 ')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "0x10" emit("loadstring(base, base, '0x10')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "1e2" emit("loadstring(base, base, '1e2')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "-1" emit("loadstring(base, base, '-1')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "nan" emit("loadstring(base, base, 'nan')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", " inf" emit("loadstring(base, base, 'inf')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "0x" emit("loadstring(base, base, '0x')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", "2147483648" emit("loadstring(base, base, '2^31')", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", string.rep("x", 100000) emit("loadstring(base, base, huge)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", {} emit("loadstring(base, base, {})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", {1, 2, 3} emit("loadstring(base, base, {1,2,3})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__index = function(t, k) return k end}) emit("loadstring(base, base, {__index})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__tostring = function() return "T" end}) emit("loadstring(base, base, {__tostring})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__tostring = function() return {} end}) emit("loadstring(base, base, {__tostring bad})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({1, 2}, {__len = function() return 10 end}) emit("loadstring(base, base, {__len})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("loadstring(base, base, {__call})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__metatable = "locked"}) emit("loadstring(base, base, {__metatable})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("loadstring(base, base, {__eq __lt __concat})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("loadstring(base, base, {__index table})", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", function() end emit("loadstring(base, base, function)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", math.max emit("loadstring(base, base, C function)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", coroutine.create(function() end) emit("loadstring(base, base, thread)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", newproxy() emit("loadstring(base, base, userdata)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = "return 1", "=chunk", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("loadstring(base, base, userdata with metatable)", pcall(function() return loadstring(a1, a2, a3) end)) end
