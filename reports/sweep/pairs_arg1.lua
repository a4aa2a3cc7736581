-- Library-argument sweep ferrous-conformance run --sweep: pairs/arg1
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
do emit("pairs(missing)", pcall(function() return pairs() end)) end
do local a1 = nil emit("pairs(nil)", pcall(function() return pairs(a1) end)) end
do local a1 = true emit("pairs(true)", pcall(function() return pairs(a1) end)) end
do local a1 = false emit("pairs(false)", pcall(function() return pairs(a1) end)) end
do local a1 = 0 emit("pairs(0)", pcall(function() return pairs(a1) end)) end
do local a1 = -(function() return 0 end)() emit("pairs(-0)", pcall(function() return pairs(a1) end)) end
do local a1 = 1 emit("pairs(1)", pcall(function() return pairs(a1) end)) end
do local a1 = -1 emit("pairs(-1)", pcall(function() return pairs(a1) end)) end
do local a1 = -3 emit("pairs(-3)", pcall(function() return pairs(a1) end)) end
do local a1 = 0.5 emit("pairs(0.5)", pcall(function() return pairs(a1) end)) end
do local a1 = -0.5 emit("pairs(-0.5)", pcall(function() return pairs(a1) end)) end
do local a1 = 1.5 emit("pairs(1.5)", pcall(function() return pairs(a1) end)) end
do local a1 = 0/0 emit("pairs(nan)", pcall(function() return pairs(a1) end)) end
do local a1 = 1/0 emit("pairs(inf)", pcall(function() return pairs(a1) end)) end
do local a1 = -1/0 emit("pairs(-inf)", pcall(function() return pairs(a1) end)) end
do local a1 = 2^31 emit("pairs(2^31)", pcall(function() return pairs(a1) end)) end
do local a1 = 2^31-1 emit("pairs(2^31-1)", pcall(function() return pairs(a1) end)) end
do local a1 = -2^31 emit("pairs(-2^31)", pcall(function() return pairs(a1) end)) end
do local a1 = -2^31-1 emit("pairs(-2^31-1)", pcall(function() return pairs(a1) end)) end
do local a1 = 2^32+1 emit("pairs(2^32+1)", pcall(function() return pairs(a1) end)) end
do local a1 = 2^53 emit("pairs(2^53)", pcall(function() return pairs(a1) end)) end
do local a1 = 2^63 emit("pairs(2^63)", pcall(function() return pairs(a1) end)) end
do local a1 = 1e300 emit("pairs(1e300)", pcall(function() return pairs(a1) end)) end
do local a1 = -1e300 emit("pairs(-1e300)", pcall(function() return pairs(a1) end)) end
do local a1 = 255 emit("pairs(255)", pcall(function() return pairs(a1) end)) end
do local a1 = 256 emit("pairs(256)", pcall(function() return pairs(a1) end)) end
do local a1 = "" emit("pairs(empty)", pcall(function() return pairs(a1) end)) end
do local a1 = "abc" emit("pairs(abc)", pcall(function() return pairs(a1) end)) end
do local a1 = "a\0b" emit("pairs(nul)", pcall(function() return pairs(a1) end)) end
do local a1 = " 10 " emit("pairs(' 10 ')", pcall(function() return pairs(a1) end)) end
do local a1 = "0x10" emit("pairs('0x10')", pcall(function() return pairs(a1) end)) end
do local a1 = "1e2" emit("pairs('1e2')", pcall(function() return pairs(a1) end)) end
do local a1 = "-1" emit("pairs('-1')", pcall(function() return pairs(a1) end)) end
do local a1 = "nan" emit("pairs('nan')", pcall(function() return pairs(a1) end)) end
do local a1 = " inf" emit("pairs('inf')", pcall(function() return pairs(a1) end)) end
do local a1 = "0x" emit("pairs('0x')", pcall(function() return pairs(a1) end)) end
do local a1 = "2147483648" emit("pairs('2^31')", pcall(function() return pairs(a1) end)) end
do local a1 = string.rep("x", 100000) emit("pairs(huge)", pcall(function() return pairs(a1) end)) end
do local a1 = {} emit("pairs({})", pcall(function() return pairs(a1) end)) end
do local a1 = {1, 2, 3} emit("pairs({1,2,3})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("pairs({__index})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("pairs({__tostring})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("pairs({__tostring bad})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("pairs({__len})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("pairs({__call})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("pairs({__metatable})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("pairs({__eq __lt __concat})", pcall(function() return pairs(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("pairs({__index table})", pcall(function() return pairs(a1) end)) end
do local a1 = function() end emit("pairs(function)", pcall(function() return pairs(a1) end)) end
do local a1 = math.max emit("pairs(C function)", pcall(function() return pairs(a1) end)) end
do local a1 = coroutine.create(function() end) emit("pairs(thread)", pcall(function() return pairs(a1) end)) end
do local a1 = newproxy() emit("pairs(userdata)", pcall(function() return pairs(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("pairs(userdata with metatable)", pcall(function() return pairs(a1) end)) end
do local a1 = {3, 1, 2} emit("pairs({3,1,2})", pcall(function() return pairs(a1) end)) end
do local a1 = {n = 2} emit("pairs({n=2})", pcall(function() return pairs(a1) end)) end
do local a1 = {1, nil, 3} emit("pairs({1,nil,3})", pcall(function() return pairs(a1) end)) end
do local a1 = {[1.5] = 1} emit("pairs({[1.5]=1})", pcall(function() return pairs(a1) end)) end
do local a1 = {"a", "b"} emit("pairs({'a','b'})", pcall(function() return pairs(a1) end)) end
do local a1 = {[2^31] = 1} emit("pairs({[2^31]=1})", pcall(function() return pairs(a1) end)) end
do local a1 = {1, {}} emit("pairs({1,{}})", pcall(function() return pairs(a1) end)) end
