-- Library-argument sweep ferrous-conformance run --sweep: ipairs/arg1
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
do emit("ipairs(missing)", pcall(function() return ipairs() end)) end
do local a1 = nil emit("ipairs(nil)", pcall(function() return ipairs(a1) end)) end
do local a1 = true emit("ipairs(true)", pcall(function() return ipairs(a1) end)) end
do local a1 = false emit("ipairs(false)", pcall(function() return ipairs(a1) end)) end
do local a1 = 0 emit("ipairs(0)", pcall(function() return ipairs(a1) end)) end
do local a1 = -(function() return 0 end)() emit("ipairs(-0)", pcall(function() return ipairs(a1) end)) end
do local a1 = 1 emit("ipairs(1)", pcall(function() return ipairs(a1) end)) end
do local a1 = -1 emit("ipairs(-1)", pcall(function() return ipairs(a1) end)) end
do local a1 = -3 emit("ipairs(-3)", pcall(function() return ipairs(a1) end)) end
do local a1 = 0.5 emit("ipairs(0.5)", pcall(function() return ipairs(a1) end)) end
do local a1 = -0.5 emit("ipairs(-0.5)", pcall(function() return ipairs(a1) end)) end
do local a1 = 1.5 emit("ipairs(1.5)", pcall(function() return ipairs(a1) end)) end
do local a1 = 0/0 emit("ipairs(nan)", pcall(function() return ipairs(a1) end)) end
do local a1 = 1/0 emit("ipairs(inf)", pcall(function() return ipairs(a1) end)) end
do local a1 = -1/0 emit("ipairs(-inf)", pcall(function() return ipairs(a1) end)) end
do local a1 = 2^31 emit("ipairs(2^31)", pcall(function() return ipairs(a1) end)) end
do local a1 = 2^31-1 emit("ipairs(2^31-1)", pcall(function() return ipairs(a1) end)) end
do local a1 = -2^31 emit("ipairs(-2^31)", pcall(function() return ipairs(a1) end)) end
do local a1 = -2^31-1 emit("ipairs(-2^31-1)", pcall(function() return ipairs(a1) end)) end
do local a1 = 2^32+1 emit("ipairs(2^32+1)", pcall(function() return ipairs(a1) end)) end
do local a1 = 2^53 emit("ipairs(2^53)", pcall(function() return ipairs(a1) end)) end
do local a1 = 2^63 emit("ipairs(2^63)", pcall(function() return ipairs(a1) end)) end
do local a1 = 1e300 emit("ipairs(1e300)", pcall(function() return ipairs(a1) end)) end
do local a1 = -1e300 emit("ipairs(-1e300)", pcall(function() return ipairs(a1) end)) end
do local a1 = 255 emit("ipairs(255)", pcall(function() return ipairs(a1) end)) end
do local a1 = 256 emit("ipairs(256)", pcall(function() return ipairs(a1) end)) end
do local a1 = "" emit("ipairs(empty)", pcall(function() return ipairs(a1) end)) end
do local a1 = "abc" emit("ipairs(abc)", pcall(function() return ipairs(a1) end)) end
do local a1 = "a\0b" emit("ipairs(nul)", pcall(function() return ipairs(a1) end)) end
do local a1 = " 10 " emit("ipairs(' 10 ')", pcall(function() return ipairs(a1) end)) end
do local a1 = "0x10" emit("ipairs('0x10')", pcall(function() return ipairs(a1) end)) end
do local a1 = "1e2" emit("ipairs('1e2')", pcall(function() return ipairs(a1) end)) end
do local a1 = "-1" emit("ipairs('-1')", pcall(function() return ipairs(a1) end)) end
do local a1 = "nan" emit("ipairs('nan')", pcall(function() return ipairs(a1) end)) end
do local a1 = " inf" emit("ipairs('inf')", pcall(function() return ipairs(a1) end)) end
do local a1 = "0x" emit("ipairs('0x')", pcall(function() return ipairs(a1) end)) end
do local a1 = "2147483648" emit("ipairs('2^31')", pcall(function() return ipairs(a1) end)) end
do local a1 = string.rep("x", 100000) emit("ipairs(huge)", pcall(function() return ipairs(a1) end)) end
do local a1 = {} emit("ipairs({})", pcall(function() return ipairs(a1) end)) end
do local a1 = {1, 2, 3} emit("ipairs({1,2,3})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("ipairs({__index})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("ipairs({__tostring})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("ipairs({__tostring bad})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("ipairs({__len})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("ipairs({__call})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("ipairs({__metatable})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("ipairs({__eq __lt __concat})", pcall(function() return ipairs(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("ipairs({__index table})", pcall(function() return ipairs(a1) end)) end
do local a1 = function() end emit("ipairs(function)", pcall(function() return ipairs(a1) end)) end
do local a1 = math.max emit("ipairs(C function)", pcall(function() return ipairs(a1) end)) end
do local a1 = coroutine.create(function() end) emit("ipairs(thread)", pcall(function() return ipairs(a1) end)) end
do local a1 = newproxy() emit("ipairs(userdata)", pcall(function() return ipairs(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("ipairs(userdata with metatable)", pcall(function() return ipairs(a1) end)) end
do local a1 = {3, 1, 2} emit("ipairs({3,1,2})", pcall(function() return ipairs(a1) end)) end
do local a1 = {n = 2} emit("ipairs({n=2})", pcall(function() return ipairs(a1) end)) end
do local a1 = {1, nil, 3} emit("ipairs({1,nil,3})", pcall(function() return ipairs(a1) end)) end
do local a1 = {[1.5] = 1} emit("ipairs({[1.5]=1})", pcall(function() return ipairs(a1) end)) end
do local a1 = {"a", "b"} emit("ipairs({'a','b'})", pcall(function() return ipairs(a1) end)) end
do local a1 = {[2^31] = 1} emit("ipairs({[2^31]=1})", pcall(function() return ipairs(a1) end)) end
do local a1 = {1, {}} emit("ipairs({1,{}})", pcall(function() return ipairs(a1) end)) end
