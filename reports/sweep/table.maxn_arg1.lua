-- Library-argument sweep ferrous-conformance run --sweep: table.maxn/arg1
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
do emit("table.maxn(missing)", pcall(function() return table.maxn() end)) end
do local a1 = nil emit("table.maxn(nil)", pcall(function() return table.maxn(a1) end)) end
do local a1 = true emit("table.maxn(true)", pcall(function() return table.maxn(a1) end)) end
do local a1 = false emit("table.maxn(false)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 0 emit("table.maxn(0)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -(function() return 0 end)() emit("table.maxn(-0)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 1 emit("table.maxn(1)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -1 emit("table.maxn(-1)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -3 emit("table.maxn(-3)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 0.5 emit("table.maxn(0.5)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -0.5 emit("table.maxn(-0.5)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 1.5 emit("table.maxn(1.5)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 0/0 emit("table.maxn(nan)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 1/0 emit("table.maxn(inf)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -1/0 emit("table.maxn(-inf)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 2^31 emit("table.maxn(2^31)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 2^31-1 emit("table.maxn(2^31-1)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -2^31 emit("table.maxn(-2^31)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -2^31-1 emit("table.maxn(-2^31-1)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 2^32+1 emit("table.maxn(2^32+1)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 2^53 emit("table.maxn(2^53)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 2^63 emit("table.maxn(2^63)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 1e300 emit("table.maxn(1e300)", pcall(function() return table.maxn(a1) end)) end
do local a1 = -1e300 emit("table.maxn(-1e300)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 255 emit("table.maxn(255)", pcall(function() return table.maxn(a1) end)) end
do local a1 = 256 emit("table.maxn(256)", pcall(function() return table.maxn(a1) end)) end
do local a1 = "" emit("table.maxn(empty)", pcall(function() return table.maxn(a1) end)) end
do local a1 = "abc" emit("table.maxn(abc)", pcall(function() return table.maxn(a1) end)) end
do local a1 = "a\0b" emit("table.maxn(nul)", pcall(function() return table.maxn(a1) end)) end
do local a1 = " 10 " emit("table.maxn(' 10 ')", pcall(function() return table.maxn(a1) end)) end
do local a1 = "0x10" emit("table.maxn('0x10')", pcall(function() return table.maxn(a1) end)) end
do local a1 = "1e2" emit("table.maxn('1e2')", pcall(function() return table.maxn(a1) end)) end
do local a1 = "-1" emit("table.maxn('-1')", pcall(function() return table.maxn(a1) end)) end
do local a1 = "nan" emit("table.maxn('nan')", pcall(function() return table.maxn(a1) end)) end
do local a1 = " inf" emit("table.maxn('inf')", pcall(function() return table.maxn(a1) end)) end
do local a1 = "0x" emit("table.maxn('0x')", pcall(function() return table.maxn(a1) end)) end
do local a1 = "2147483648" emit("table.maxn('2^31')", pcall(function() return table.maxn(a1) end)) end
do local a1 = string.rep("x", 100000) emit("table.maxn(huge)", pcall(function() return table.maxn(a1) end)) end
do local a1 = {} emit("table.maxn({})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {1, 2, 3} emit("table.maxn({1,2,3})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("table.maxn({__index})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("table.maxn({__tostring})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("table.maxn({__tostring bad})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("table.maxn({__len})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("table.maxn({__call})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("table.maxn({__metatable})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("table.maxn({__eq __lt __concat})", pcall(function() return table.maxn(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("table.maxn({__index table})", pcall(function() return table.maxn(a1) end)) end
do local a1 = function() end emit("table.maxn(function)", pcall(function() return table.maxn(a1) end)) end
do local a1 = math.max emit("table.maxn(C function)", pcall(function() return table.maxn(a1) end)) end
do local a1 = coroutine.create(function() end) emit("table.maxn(thread)", pcall(function() return table.maxn(a1) end)) end
do local a1 = newproxy() emit("table.maxn(userdata)", pcall(function() return table.maxn(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("table.maxn(userdata with metatable)", pcall(function() return table.maxn(a1) end)) end
do local a1 = {3, 1, 2} emit("table.maxn({3,1,2})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {n = 2} emit("table.maxn({n=2})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {1, nil, 3} emit("table.maxn({1,nil,3})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {[1.5] = 1} emit("table.maxn({[1.5]=1})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {"a", "b"} emit("table.maxn({'a','b'})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {[2^31] = 1} emit("table.maxn({[2^31]=1})", pcall(function() return table.maxn(a1) end)) end
do local a1 = {1, {}} emit("table.maxn({1,{}})", pcall(function() return table.maxn(a1) end)) end
