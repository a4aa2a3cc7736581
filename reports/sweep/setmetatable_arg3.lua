-- Library-argument sweep ferrous-conformance run --sweep: setmetatable/arg3
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
do local a1, a2 = {}, {} emit("setmetatable(base, base, missing)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2, a3 = {}, {}, nil emit("setmetatable(base, base, nil)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, true emit("setmetatable(base, base, true)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, false emit("setmetatable(base, base, false)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 0 emit("setmetatable(base, base, 0)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -(function() return 0 end)() emit("setmetatable(base, base, -0)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 1 emit("setmetatable(base, base, 1)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -1 emit("setmetatable(base, base, -1)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -3 emit("setmetatable(base, base, -3)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 0.5 emit("setmetatable(base, base, 0.5)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -0.5 emit("setmetatable(base, base, -0.5)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 1.5 emit("setmetatable(base, base, 1.5)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 0/0 emit("setmetatable(base, base, nan)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 1/0 emit("setmetatable(base, base, inf)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -1/0 emit("setmetatable(base, base, -inf)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 2^31 emit("setmetatable(base, base, 2^31)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 2^31-1 emit("setmetatable(base, base, 2^31-1)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -2^31 emit("setmetatable(base, base, -2^31)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -2^31-1 emit("setmetatable(base, base, -2^31-1)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 2^32+1 emit("setmetatable(base, base, 2^32+1)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 2^53 emit("setmetatable(base, base, 2^53)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 2^63 emit("setmetatable(base, base, 2^63)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 1e300 emit("setmetatable(base, base, 1e300)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, -1e300 emit("setmetatable(base, base, -1e300)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 255 emit("setmetatable(base, base, 255)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, 256 emit("setmetatable(base, base, 256)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "" emit("setmetatable(base, base, empty)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "abc" emit("setmetatable(base, base, abc)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "a\0b" emit("setmetatable(base, base, nul)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, " 10 " emit("setmetatable(base, base, ' 10 ')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "0x10" emit("setmetatable(base, base, '0x10')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "1e2" emit("setmetatable(base, base, '1e2')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "-1" emit("setmetatable(base, base, '-1')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "nan" emit("setmetatable(base, base, 'nan')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, " inf" emit("setmetatable(base, base, 'inf')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "0x" emit("setmetatable(base, base, '0x')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, "2147483648" emit("setmetatable(base, base, '2^31')", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, string.rep("x", 100000) emit("setmetatable(base, base, huge)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, {} emit("setmetatable(base, base, {})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, {1, 2, 3} emit("setmetatable(base, base, {1,2,3})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__index = function(t, k) return k end}) emit("setmetatable(base, base, {__index})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__tostring = function() return "T" end}) emit("setmetatable(base, base, {__tostring})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__tostring = function() return {} end}) emit("setmetatable(base, base, {__tostring bad})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({1, 2}, {__len = function() return 10 end}) emit("setmetatable(base, base, {__len})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("setmetatable(base, base, {__call})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__metatable = "locked"}) emit("setmetatable(base, base, {__metatable})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("setmetatable(base, base, {__eq __lt __concat})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("setmetatable(base, base, {__index table})", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, function() end emit("setmetatable(base, base, function)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, math.max emit("setmetatable(base, base, C function)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, coroutine.create(function() end) emit("setmetatable(base, base, thread)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, newproxy() emit("setmetatable(base, base, userdata)", pcall(function() return setmetatable(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, {}, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("setmetatable(base, base, userdata with metatable)", pcall(function() return setmetatable(a1, a2, a3) end)) end
