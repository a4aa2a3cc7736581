-- Library-argument sweep ferrous-conformance run --sweep: table.foreachi/arg1
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
do emit("table.foreachi(missing)", pcall(function() return table.foreachi() end)) end
do local a1, a2 = nil, function(...) return ... end emit("table.foreachi(nil, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = true, function(...) return ... end emit("table.foreachi(true, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = false, function(...) return ... end emit("table.foreachi(false, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 0, function(...) return ... end emit("table.foreachi(0, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), function(...) return ... end emit("table.foreachi(-0, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 1, function(...) return ... end emit("table.foreachi(1, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -1, function(...) return ... end emit("table.foreachi(-1, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -3, function(...) return ... end emit("table.foreachi(-3, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 0.5, function(...) return ... end emit("table.foreachi(0.5, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -0.5, function(...) return ... end emit("table.foreachi(-0.5, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 1.5, function(...) return ... end emit("table.foreachi(1.5, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 0/0, function(...) return ... end emit("table.foreachi(nan, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 1/0, function(...) return ... end emit("table.foreachi(inf, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -1/0, function(...) return ... end emit("table.foreachi(-inf, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 2^31, function(...) return ... end emit("table.foreachi(2^31, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 2^31-1, function(...) return ... end emit("table.foreachi(2^31-1, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -2^31, function(...) return ... end emit("table.foreachi(-2^31, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -2^31-1, function(...) return ... end emit("table.foreachi(-2^31-1, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 2^32+1, function(...) return ... end emit("table.foreachi(2^32+1, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 2^53, function(...) return ... end emit("table.foreachi(2^53, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 2^63, function(...) return ... end emit("table.foreachi(2^63, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 1e300, function(...) return ... end emit("table.foreachi(1e300, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -1e300, function(...) return ... end emit("table.foreachi(-1e300, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 255, function(...) return ... end emit("table.foreachi(255, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = 256, function(...) return ... end emit("table.foreachi(256, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "", function(...) return ... end emit("table.foreachi(empty, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "abc", function(...) return ... end emit("table.foreachi(abc, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "a\0b", function(...) return ... end emit("table.foreachi(nul, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = " 10 ", function(...) return ... end emit("table.foreachi(' 10 ', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "0x10", function(...) return ... end emit("table.foreachi('0x10', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "1e2", function(...) return ... end emit("table.foreachi('1e2', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "-1", function(...) return ... end emit("table.foreachi('-1', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "nan", function(...) return ... end emit("table.foreachi('nan', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = " inf", function(...) return ... end emit("table.foreachi('inf', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "0x", function(...) return ... end emit("table.foreachi('0x', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = "2147483648", function(...) return ... end emit("table.foreachi('2^31', base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), function(...) return ... end emit("table.foreachi(huge, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {}, function(...) return ... end emit("table.foreachi({}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, function(...) return ... end emit("table.foreachi({1,2,3}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), function(...) return ... end emit("table.foreachi({__index}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), function(...) return ... end emit("table.foreachi({__tostring}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), function(...) return ... end emit("table.foreachi({__tostring bad}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), function(...) return ... end emit("table.foreachi({__len}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), function(...) return ... end emit("table.foreachi({__call}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), function(...) return ... end emit("table.foreachi({__metatable}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), function(...) return ... end emit("table.foreachi({__eq __lt __concat}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), function(...) return ... end emit("table.foreachi({__index table}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = function() end, function(...) return ... end emit("table.foreachi(function, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = math.max, function(...) return ... end emit("table.foreachi(C function, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), function(...) return ... end emit("table.foreachi(thread, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = newproxy(), function(...) return ... end emit("table.foreachi(userdata, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), function(...) return ... end emit("table.foreachi(userdata with metatable, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, function(...) return ... end emit("table.foreachi({3,1,2}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {n = 2}, function(...) return ... end emit("table.foreachi({n=2}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {1, nil, 3}, function(...) return ... end emit("table.foreachi({1,nil,3}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {[1.5] = 1}, function(...) return ... end emit("table.foreachi({[1.5]=1}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {"a", "b"}, function(...) return ... end emit("table.foreachi({'a','b'}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {[2^31] = 1}, function(...) return ... end emit("table.foreachi({[2^31]=1}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = {1, {}}, function(...) return ... end emit("table.foreachi({1,{}}, base)", pcall(function() return table.foreachi(a1, a2) end)) end
