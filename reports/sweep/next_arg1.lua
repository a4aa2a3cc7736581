-- Library-argument sweep ferrous-conformance run --sweep: next/arg1
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
do emit("next(missing)", pcall(function() return next() end)) end
do local a1, a2 = nil, 1 emit("next(nil, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = true, 1 emit("next(true, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = false, 1 emit("next(false, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 0, 1 emit("next(0, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 1 emit("next(-0, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 1, 1 emit("next(1, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -1, 1 emit("next(-1, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -3, 1 emit("next(-3, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 0.5, 1 emit("next(0.5, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -0.5, 1 emit("next(-0.5, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 1.5, 1 emit("next(1.5, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 0/0, 1 emit("next(nan, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 1/0, 1 emit("next(inf, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -1/0, 1 emit("next(-inf, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 2^31, 1 emit("next(2^31, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 2^31-1, 1 emit("next(2^31-1, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -2^31, 1 emit("next(-2^31, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -2^31-1, 1 emit("next(-2^31-1, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 2^32+1, 1 emit("next(2^32+1, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 2^53, 1 emit("next(2^53, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 2^63, 1 emit("next(2^63, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 1e300, 1 emit("next(1e300, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = -1e300, 1 emit("next(-1e300, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 255, 1 emit("next(255, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = 256, 1 emit("next(256, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "", 1 emit("next(empty, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "abc", 1 emit("next(abc, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "a\0b", 1 emit("next(nul, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = " 10 ", 1 emit("next(' 10 ', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "0x10", 1 emit("next('0x10', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "1e2", 1 emit("next('1e2', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "-1", 1 emit("next('-1', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "nan", 1 emit("next('nan', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = " inf", 1 emit("next('inf', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "0x", 1 emit("next('0x', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = "2147483648", 1 emit("next('2^31', base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 1 emit("next(huge, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {}, 1 emit("next({}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 1 emit("next({1,2,3}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 1 emit("next({__index}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 1 emit("next({__tostring}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 1 emit("next({__tostring bad}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 1 emit("next({__len}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1 emit("next({__call}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 1 emit("next({__metatable}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1 emit("next({__eq __lt __concat}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1 emit("next({__index table}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = function() end, 1 emit("next(function, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = math.max, 1 emit("next(C function, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 1 emit("next(thread, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = newproxy(), 1 emit("next(userdata, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1 emit("next(userdata with metatable, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 1 emit("next({3,1,2}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {n = 2}, 1 emit("next({n=2}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {1, nil, 3}, 1 emit("next({1,nil,3}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {[1.5] = 1}, 1 emit("next({[1.5]=1}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {"a", "b"}, 1 emit("next({'a','b'}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {[2^31] = 1}, 1 emit("next({[2^31]=1}, base)", pcall(function() return next(a1, a2) end)) end
do local a1, a2 = {1, {}}, 1 emit("next({1,{}}, base)", pcall(function() return next(a1, a2) end)) end
