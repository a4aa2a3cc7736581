-- Library-argument sweep ferrous-conformance run --sweep: string.gmatch/arg3
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
do local a1, a2 = "abc", "%a" emit("string.gmatch(base, base, missing)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2, a3 = "abc", "%a", nil emit("string.gmatch(base, base, nil)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", true emit("string.gmatch(base, base, true)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", false emit("string.gmatch(base, base, false)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 0 emit("string.gmatch(base, base, 0)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -(function() return 0 end)() emit("string.gmatch(base, base, -0)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 1 emit("string.gmatch(base, base, 1)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -1 emit("string.gmatch(base, base, -1)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -3 emit("string.gmatch(base, base, -3)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 0.5 emit("string.gmatch(base, base, 0.5)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -0.5 emit("string.gmatch(base, base, -0.5)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 1.5 emit("string.gmatch(base, base, 1.5)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 0/0 emit("string.gmatch(base, base, nan)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 1/0 emit("string.gmatch(base, base, inf)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -1/0 emit("string.gmatch(base, base, -inf)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 2^31 emit("string.gmatch(base, base, 2^31)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 2^31-1 emit("string.gmatch(base, base, 2^31-1)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -2^31 emit("string.gmatch(base, base, -2^31)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -2^31-1 emit("string.gmatch(base, base, -2^31-1)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 2^32+1 emit("string.gmatch(base, base, 2^32+1)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 2^53 emit("string.gmatch(base, base, 2^53)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 2^63 emit("string.gmatch(base, base, 2^63)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 1e300 emit("string.gmatch(base, base, 1e300)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", -1e300 emit("string.gmatch(base, base, -1e300)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 255 emit("string.gmatch(base, base, 255)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", 256 emit("string.gmatch(base, base, 256)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "" emit("string.gmatch(base, base, empty)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "abc" emit("string.gmatch(base, base, abc)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "a\0b" emit("string.gmatch(base, base, nul)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", " 10 " emit("string.gmatch(base, base, ' 10 ')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "0x10" emit("string.gmatch(base, base, '0x10')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "1e2" emit("string.gmatch(base, base, '1e2')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "-1" emit("string.gmatch(base, base, '-1')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "nan" emit("string.gmatch(base, base, 'nan')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", " inf" emit("string.gmatch(base, base, 'inf')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "0x" emit("string.gmatch(base, base, '0x')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", "2147483648" emit("string.gmatch(base, base, '2^31')", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", string.rep("x", 100000) emit("string.gmatch(base, base, huge)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", {} emit("string.gmatch(base, base, {})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", {1, 2, 3} emit("string.gmatch(base, base, {1,2,3})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__index = function(t, k) return k end}) emit("string.gmatch(base, base, {__index})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__tostring = function() return "T" end}) emit("string.gmatch(base, base, {__tostring})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__tostring = function() return {} end}) emit("string.gmatch(base, base, {__tostring bad})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({1, 2}, {__len = function() return 10 end}) emit("string.gmatch(base, base, {__len})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("string.gmatch(base, base, {__call})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__metatable = "locked"}) emit("string.gmatch(base, base, {__metatable})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.gmatch(base, base, {__eq __lt __concat})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.gmatch(base, base, {__index table})", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", function() end emit("string.gmatch(base, base, function)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", math.max emit("string.gmatch(base, base, C function)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", coroutine.create(function() end) emit("string.gmatch(base, base, thread)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", newproxy() emit("string.gmatch(base, base, userdata)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "%a", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("string.gmatch(base, base, userdata with metatable)", pcall(function() return string.gmatch(a1, a2, a3) end)) end
