-- Library-argument sweep ferrous-conformance run --sweep: table.sort/arg1
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
do emit("table.sort(missing)", pcall(function() return table.sort() end)) end
do local a1, a2 = nil, function(a, b) return a > b end emit("table.sort(nil, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, function(a, b) return a > b end emit("table.sort(true, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = false, function(a, b) return a > b end emit("table.sort(false, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0, function(a, b) return a > b end emit("table.sort(0, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -(function() return 0 end)(), function(a, b) return a > b end emit("table.sort(-0, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 1, function(a, b) return a > b end emit("table.sort(1, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, function(a, b) return a > b end emit("table.sort(-1, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -3, function(a, b) return a > b end emit("table.sort(-3, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, function(a, b) return a > b end emit("table.sort(0.5, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -0.5, function(a, b) return a > b end emit("table.sort(-0.5, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 1.5, function(a, b) return a > b end emit("table.sort(1.5, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, function(a, b) return a > b end emit("table.sort(nan, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 1/0, function(a, b) return a > b end emit("table.sort(inf, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1/0, function(a, b) return a > b end emit("table.sort(-inf, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, function(a, b) return a > b end emit("table.sort(2^31, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31-1, function(a, b) return a > b end emit("table.sort(2^31-1, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, function(a, b) return a > b end emit("table.sort(-2^31, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31-1, function(a, b) return a > b end emit("table.sort(-2^31-1, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^32+1, function(a, b) return a > b end emit("table.sort(2^32+1, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^53, function(a, b) return a > b end emit("table.sort(2^53, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^63, function(a, b) return a > b end emit("table.sort(2^63, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 1e300, function(a, b) return a > b end emit("table.sort(1e300, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1e300, function(a, b) return a > b end emit("table.sort(-1e300, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 255, function(a, b) return a > b end emit("table.sort(255, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 256, function(a, b) return a > b end emit("table.sort(256, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "", function(a, b) return a > b end emit("table.sort(empty, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", function(a, b) return a > b end emit("table.sort(abc, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "a\0b", function(a, b) return a > b end emit("table.sort(nul, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = " 10 ", function(a, b) return a > b end emit("table.sort(' 10 ', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "0x10", function(a, b) return a > b end emit("table.sort('0x10', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", function(a, b) return a > b end emit("table.sort('1e2', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "-1", function(a, b) return a > b end emit("table.sort('-1', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "nan", function(a, b) return a > b end emit("table.sort('nan', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = " inf", function(a, b) return a > b end emit("table.sort('inf', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "0x", function(a, b) return a > b end emit("table.sort('0x', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "2147483648", function(a, b) return a > b end emit("table.sort('2^31', base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = string.rep("x", 100000), function(a, b) return a > b end emit("table.sort(huge, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, function(a, b) return a > b end emit("table.sort({}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {1, 2, 3}, function(a, b) return a > b end emit("table.sort({1,2,3}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), function(a, b) return a > b end emit("table.sort({__index}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), function(a, b) return a > b end emit("table.sort({__tostring}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), function(a, b) return a > b end emit("table.sort({__tostring bad}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), function(a, b) return a > b end emit("table.sort({__len}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), function(a, b) return a > b end emit("table.sort({__call}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), function(a, b) return a > b end emit("table.sort({__metatable}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), function(a, b) return a > b end emit("table.sort({__eq __lt __concat}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), function(a, b) return a > b end emit("table.sort({__index table}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, function(a, b) return a > b end emit("table.sort(function, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = math.max, function(a, b) return a > b end emit("table.sort(C function, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = coroutine.create(function() end), function(a, b) return a > b end emit("table.sort(thread, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = newproxy(), function(a, b) return a > b end emit("table.sort(userdata, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), function(a, b) return a > b end emit("table.sort(userdata with metatable, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {3, 1, 2}, function(a, b) return a > b end emit("table.sort({3,1,2}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {n = 2}, function(a, b) return a > b end emit("table.sort({n=2}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {1, nil, 3}, function(a, b) return a > b end emit("table.sort({1,nil,3}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {[1.5] = 1}, function(a, b) return a > b end emit("table.sort({[1.5]=1}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {"a", "b"}, function(a, b) return a > b end emit("table.sort({'a','b'}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {[2^31] = 1}, function(a, b) return a > b end emit("table.sort({[2^31]=1}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {1, {}}, function(a, b) return a > b end emit("table.sort({1,{}}, base)", pcall(function() return table.sort(a1, a2) end)) emit("  argument 1 after", a1) end
