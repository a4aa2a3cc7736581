-- Library-argument sweep ferrous-conformance run --sweep: table.foreachi/arg2
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
do local a1 = {3, 1, 2} emit("table.foreachi(base, missing)", pcall(function() return table.foreachi(a1) end)) end
do local a1, a2 = {3, 1, 2}, nil emit("table.foreachi(base, nil)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, true emit("table.foreachi(base, true)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, false emit("table.foreachi(base, false)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 0 emit("table.foreachi(base, 0)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -(function() return 0 end)() emit("table.foreachi(base, -0)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 1 emit("table.foreachi(base, 1)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -1 emit("table.foreachi(base, -1)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -3 emit("table.foreachi(base, -3)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 0.5 emit("table.foreachi(base, 0.5)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -0.5 emit("table.foreachi(base, -0.5)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 1.5 emit("table.foreachi(base, 1.5)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 0/0 emit("table.foreachi(base, nan)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 1/0 emit("table.foreachi(base, inf)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -1/0 emit("table.foreachi(base, -inf)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 2^31 emit("table.foreachi(base, 2^31)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 2^31-1 emit("table.foreachi(base, 2^31-1)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -2^31 emit("table.foreachi(base, -2^31)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -2^31-1 emit("table.foreachi(base, -2^31-1)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 2^32+1 emit("table.foreachi(base, 2^32+1)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 2^53 emit("table.foreachi(base, 2^53)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 2^63 emit("table.foreachi(base, 2^63)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 1e300 emit("table.foreachi(base, 1e300)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, -1e300 emit("table.foreachi(base, -1e300)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 255 emit("table.foreachi(base, 255)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 256 emit("table.foreachi(base, 256)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "" emit("table.foreachi(base, empty)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "abc" emit("table.foreachi(base, abc)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "a\0b" emit("table.foreachi(base, nul)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, " 10 " emit("table.foreachi(base, ' 10 ')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "0x10" emit("table.foreachi(base, '0x10')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "1e2" emit("table.foreachi(base, '1e2')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "-1" emit("table.foreachi(base, '-1')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "nan" emit("table.foreachi(base, 'nan')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, " inf" emit("table.foreachi(base, 'inf')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "0x" emit("table.foreachi(base, '0x')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, "2147483648" emit("table.foreachi(base, '2^31')", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, string.rep("x", 100000) emit("table.foreachi(base, huge)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, {} emit("table.foreachi(base, {})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, {1, 2, 3} emit("table.foreachi(base, {1,2,3})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__index = function(t, k) return k end}) emit("table.foreachi(base, {__index})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__tostring = function() return "T" end}) emit("table.foreachi(base, {__tostring})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__tostring = function() return {} end}) emit("table.foreachi(base, {__tostring bad})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({1, 2}, {__len = function() return 10 end}) emit("table.foreachi(base, {__len})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("table.foreachi(base, {__call})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__metatable = "locked"}) emit("table.foreachi(base, {__metatable})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("table.foreachi(base, {__eq __lt __concat})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("table.foreachi(base, {__index table})", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function() end emit("table.foreachi(base, function)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, math.max emit("table.foreachi(base, C function)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, coroutine.create(function() end) emit("table.foreachi(base, thread)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, newproxy() emit("table.foreachi(base, userdata)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("table.foreachi(base, userdata with metatable)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function(...) return ... end emit("table.foreachi(base, identity)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function() error("boom") end emit("table.foreachi(base, raises string)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function() error({code = 1}) end emit("table.foreachi(base, raises table)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function() error() end emit("table.foreachi(base, raises nil)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function(...) return coroutine.yield(...) end emit("table.foreachi(base, yields)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function() return end emit("table.foreachi(base, returns nothing)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function(a, b) return a < b end emit("table.foreachi(base, less-than)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, error emit("table.foreachi(base, C error)", pcall(function() return table.foreachi(a1, a2) end)) end
