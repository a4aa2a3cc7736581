-- Library-argument sweep ferrous-conformance run --sweep: string.byte/arg3
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
do local a1, a2 = "abc", 1 emit("string.byte(base, base, missing)", pcall(function() return string.byte(a1, a2) end)) end
do local a1, a2, a3 = "abc", 1, nil emit("string.byte(base, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, true emit("string.byte(base, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, false emit("string.byte(base, base, false)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0 emit("string.byte(base, base, 0)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -(function() return 0 end)() emit("string.byte(base, base, -0)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 1 emit("string.byte(base, base, 1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -1 emit("string.byte(base, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -3 emit("string.byte(base, base, -3)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0.5 emit("string.byte(base, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -0.5 emit("string.byte(base, base, -0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 1.5 emit("string.byte(base, base, 1.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0/0 emit("string.byte(base, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 1/0 emit("string.byte(base, base, inf)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -1/0 emit("string.byte(base, base, -inf)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^31 emit("string.byte(base, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^31-1 emit("string.byte(base, base, 2^31-1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -2^31 emit("string.byte(base, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -2^31-1 emit("string.byte(base, base, -2^31-1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^32+1 emit("string.byte(base, base, 2^32+1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^53 emit("string.byte(base, base, 2^53)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^63 emit("string.byte(base, base, 2^63)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 1e300 emit("string.byte(base, base, 1e300)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -1e300 emit("string.byte(base, base, -1e300)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 255 emit("string.byte(base, base, 255)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 256 emit("string.byte(base, base, 256)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "" emit("string.byte(base, base, empty)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "abc" emit("string.byte(base, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "a\0b" emit("string.byte(base, base, nul)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, " 10 " emit("string.byte(base, base, ' 10 ')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "0x10" emit("string.byte(base, base, '0x10')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "1e2" emit("string.byte(base, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "-1" emit("string.byte(base, base, '-1')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "nan" emit("string.byte(base, base, 'nan')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, " inf" emit("string.byte(base, base, 'inf')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "0x" emit("string.byte(base, base, '0x')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "2147483648" emit("string.byte(base, base, '2^31')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, string.rep("x", 100000) emit("string.byte(base, base, huge)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, {} emit("string.byte(base, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, {1, 2, 3} emit("string.byte(base, base, {1,2,3})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__index = function(t, k) return k end}) emit("string.byte(base, base, {__index})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__tostring = function() return "T" end}) emit("string.byte(base, base, {__tostring})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__tostring = function() return {} end}) emit("string.byte(base, base, {__tostring bad})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({1, 2}, {__len = function() return 10 end}) emit("string.byte(base, base, {__len})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("string.byte(base, base, {__call})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__metatable = "locked"}) emit("string.byte(base, base, {__metatable})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.byte(base, base, {__eq __lt __concat})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.byte(base, base, {__index table})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, function() end emit("string.byte(base, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, math.max emit("string.byte(base, base, C function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, coroutine.create(function() end) emit("string.byte(base, base, thread)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, newproxy() emit("string.byte(base, base, userdata)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("string.byte(base, base, userdata with metatable)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2 emit("string.byte(base, base, 2)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 3 emit("string.byte(base, base, 3)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -2 emit("string.byte(base, base, -2)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 100 emit("string.byte(base, base, 100)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^30 emit("string.byte(base, base, 2^30)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2.9 emit("string.byte(base, base, 2.9)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -2.9 emit("string.byte(base, base, -2.9)", pcall(function() return string.byte(a1, a2, a3) end)) end
