-- Library-argument sweep ferrous-conformance run --sweep: table.foreachi/arg3
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, ": 0x%x+", ": ADDRESS"))
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
do local a1, a2 = {3, 1, 2}, function(...) return ... end emit("table.foreachi(base, base, missing)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, nil emit("table.foreachi(base, base, nil)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, true emit("table.foreachi(base, base, true)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, false emit("table.foreachi(base, base, false)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 0 emit("table.foreachi(base, base, 0)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -(function() return 0 end)() emit("table.foreachi(base, base, -0)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 1 emit("table.foreachi(base, base, 1)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -1 emit("table.foreachi(base, base, -1)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -3 emit("table.foreachi(base, base, -3)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 0.5 emit("table.foreachi(base, base, 0.5)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -0.5 emit("table.foreachi(base, base, -0.5)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 1.5 emit("table.foreachi(base, base, 1.5)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 0/0 emit("table.foreachi(base, base, nan)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 1/0 emit("table.foreachi(base, base, inf)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -1/0 emit("table.foreachi(base, base, -inf)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 2^31 emit("table.foreachi(base, base, 2^31)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 2^31-1 emit("table.foreachi(base, base, 2^31-1)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -2^31 emit("table.foreachi(base, base, -2^31)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -2^31-1 emit("table.foreachi(base, base, -2^31-1)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 2^32+1 emit("table.foreachi(base, base, 2^32+1)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 2^53 emit("table.foreachi(base, base, 2^53)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 2^63 emit("table.foreachi(base, base, 2^63)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 1e300 emit("table.foreachi(base, base, 1e300)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, -1e300 emit("table.foreachi(base, base, -1e300)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 255 emit("table.foreachi(base, base, 255)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, 256 emit("table.foreachi(base, base, 256)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "" emit("table.foreachi(base, base, empty)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "abc" emit("table.foreachi(base, base, abc)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "a\0b" emit("table.foreachi(base, base, nul)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, " 10 " emit("table.foreachi(base, base, ' 10 ')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "0x10" emit("table.foreachi(base, base, '0x10')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "1e2" emit("table.foreachi(base, base, '1e2')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "-1" emit("table.foreachi(base, base, '-1')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "nan" emit("table.foreachi(base, base, 'nan')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, " inf" emit("table.foreachi(base, base, 'inf')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "0x" emit("table.foreachi(base, base, '0x')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, "2147483648" emit("table.foreachi(base, base, '2^31')", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, string.rep("x", 100000) emit("table.foreachi(base, base, huge)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, {} emit("table.foreachi(base, base, {})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, {1, 2, 3} emit("table.foreachi(base, base, {1,2,3})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__index = function(t, k) return k end}) emit("table.foreachi(base, base, {__index})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__tostring = function() return "T" end}) emit("table.foreachi(base, base, {__tostring})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__tostring = function() return {} end}) emit("table.foreachi(base, base, {__tostring bad})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({1, 2}, {__len = function() return 10 end}) emit("table.foreachi(base, base, {__len})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("table.foreachi(base, base, {__call})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__metatable = "locked"}) emit("table.foreachi(base, base, {__metatable})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("table.foreachi(base, base, {__eq __lt __concat})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("table.foreachi(base, base, {__index table})", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, function() end emit("table.foreachi(base, base, function)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, math.max emit("table.foreachi(base, base, C function)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, coroutine.create(function() end) emit("table.foreachi(base, base, thread)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, newproxy() emit("table.foreachi(base, base, userdata)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function(...) return ... end, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("table.foreachi(base, base, userdata with metatable)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
