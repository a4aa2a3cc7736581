-- Library-argument sweep ferrous-conformance run --sweep: xpcall/arg1
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
do emit("xpcall(missing)", pcall(function() return xpcall() end)) end
do local a1, a2 = nil, function(m) return "handled: " .. tostring(m) end emit("xpcall(nil, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = true, function(m) return "handled: " .. tostring(m) end emit("xpcall(true, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = false, function(m) return "handled: " .. tostring(m) end emit("xpcall(false, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 0, function(m) return "handled: " .. tostring(m) end emit("xpcall(0, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), function(m) return "handled: " .. tostring(m) end emit("xpcall(-0, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 1, function(m) return "handled: " .. tostring(m) end emit("xpcall(1, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -1, function(m) return "handled: " .. tostring(m) end emit("xpcall(-1, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -3, function(m) return "handled: " .. tostring(m) end emit("xpcall(-3, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 0.5, function(m) return "handled: " .. tostring(m) end emit("xpcall(0.5, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -0.5, function(m) return "handled: " .. tostring(m) end emit("xpcall(-0.5, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 1.5, function(m) return "handled: " .. tostring(m) end emit("xpcall(1.5, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 0/0, function(m) return "handled: " .. tostring(m) end emit("xpcall(nan, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 1/0, function(m) return "handled: " .. tostring(m) end emit("xpcall(inf, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -1/0, function(m) return "handled: " .. tostring(m) end emit("xpcall(-inf, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 2^31, function(m) return "handled: " .. tostring(m) end emit("xpcall(2^31, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 2^31-1, function(m) return "handled: " .. tostring(m) end emit("xpcall(2^31-1, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -2^31, function(m) return "handled: " .. tostring(m) end emit("xpcall(-2^31, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -2^31-1, function(m) return "handled: " .. tostring(m) end emit("xpcall(-2^31-1, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 2^32+1, function(m) return "handled: " .. tostring(m) end emit("xpcall(2^32+1, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 2^53, function(m) return "handled: " .. tostring(m) end emit("xpcall(2^53, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 2^63, function(m) return "handled: " .. tostring(m) end emit("xpcall(2^63, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 1e300, function(m) return "handled: " .. tostring(m) end emit("xpcall(1e300, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = -1e300, function(m) return "handled: " .. tostring(m) end emit("xpcall(-1e300, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 255, function(m) return "handled: " .. tostring(m) end emit("xpcall(255, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = 256, function(m) return "handled: " .. tostring(m) end emit("xpcall(256, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "", function(m) return "handled: " .. tostring(m) end emit("xpcall(empty, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "abc", function(m) return "handled: " .. tostring(m) end emit("xpcall(abc, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "a\0b", function(m) return "handled: " .. tostring(m) end emit("xpcall(nul, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = " 10 ", function(m) return "handled: " .. tostring(m) end emit("xpcall(' 10 ', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "0x10", function(m) return "handled: " .. tostring(m) end emit("xpcall('0x10', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "1e2", function(m) return "handled: " .. tostring(m) end emit("xpcall('1e2', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "-1", function(m) return "handled: " .. tostring(m) end emit("xpcall('-1', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "nan", function(m) return "handled: " .. tostring(m) end emit("xpcall('nan', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = " inf", function(m) return "handled: " .. tostring(m) end emit("xpcall('inf', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "0x", function(m) return "handled: " .. tostring(m) end emit("xpcall('0x', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = "2147483648", function(m) return "handled: " .. tostring(m) end emit("xpcall('2^31', base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), function(m) return "handled: " .. tostring(m) end emit("xpcall(huge, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = {}, function(m) return "handled: " .. tostring(m) end emit("xpcall({}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, function(m) return "handled: " .. tostring(m) end emit("xpcall({1,2,3}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__index}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__tostring}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__tostring bad}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__len}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__call}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__metatable}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__eq __lt __concat}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), function(m) return "handled: " .. tostring(m) end emit("xpcall({__index table}, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function() end, function(m) return "handled: " .. tostring(m) end emit("xpcall(function, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = math.max, function(m) return "handled: " .. tostring(m) end emit("xpcall(C function, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), function(m) return "handled: " .. tostring(m) end emit("xpcall(thread, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = newproxy(), function(m) return "handled: " .. tostring(m) end emit("xpcall(userdata, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), function(m) return "handled: " .. tostring(m) end emit("xpcall(userdata with metatable, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function(...) return ... end, function(m) return "handled: " .. tostring(m) end emit("xpcall(identity, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function() error("boom") end, function(m) return "handled: " .. tostring(m) end emit("xpcall(raises string, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function() error({code = 1}) end, function(m) return "handled: " .. tostring(m) end emit("xpcall(raises table, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function() error() end, function(m) return "handled: " .. tostring(m) end emit("xpcall(raises nil, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function(...) return coroutine.yield(...) end, function(m) return "handled: " .. tostring(m) end emit("xpcall(yields, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function() return end, function(m) return "handled: " .. tostring(m) end emit("xpcall(returns nothing, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = function(a, b) return a < b end, function(m) return "handled: " .. tostring(m) end emit("xpcall(less-than, base)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2 = error, function(m) return "handled: " .. tostring(m) end emit("xpcall(C error, base)", pcall(function() return xpcall(a1, a2) end)) end
