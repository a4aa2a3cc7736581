-- Library-argument sweep ferrous-conformance run --sweep: rawget/arg1
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
do emit("rawget(missing)", pcall(function() return rawget() end)) end
do local a1, a2 = nil, 1 emit("rawget(nil, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = true, 1 emit("rawget(true, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = false, 1 emit("rawget(false, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 0, 1 emit("rawget(0, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 1 emit("rawget(-0, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 1, 1 emit("rawget(1, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -1, 1 emit("rawget(-1, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -3, 1 emit("rawget(-3, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 0.5, 1 emit("rawget(0.5, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -0.5, 1 emit("rawget(-0.5, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 1.5, 1 emit("rawget(1.5, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 0/0, 1 emit("rawget(nan, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 1/0, 1 emit("rawget(inf, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -1/0, 1 emit("rawget(-inf, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 2^31, 1 emit("rawget(2^31, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 2^31-1, 1 emit("rawget(2^31-1, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -2^31, 1 emit("rawget(-2^31, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -2^31-1, 1 emit("rawget(-2^31-1, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 2^32+1, 1 emit("rawget(2^32+1, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 2^53, 1 emit("rawget(2^53, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 2^63, 1 emit("rawget(2^63, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 1e300, 1 emit("rawget(1e300, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = -1e300, 1 emit("rawget(-1e300, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 255, 1 emit("rawget(255, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = 256, 1 emit("rawget(256, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "", 1 emit("rawget(empty, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "abc", 1 emit("rawget(abc, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "a\0b", 1 emit("rawget(nul, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = " 10 ", 1 emit("rawget(' 10 ', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "0x10", 1 emit("rawget('0x10', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "1e2", 1 emit("rawget('1e2', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "-1", 1 emit("rawget('-1', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "nan", 1 emit("rawget('nan', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = " inf", 1 emit("rawget('inf', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "0x", 1 emit("rawget('0x', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = "2147483648", 1 emit("rawget('2^31', base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 1 emit("rawget(huge, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {}, 1 emit("rawget({}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 1 emit("rawget({1,2,3}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 1 emit("rawget({__index}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 1 emit("rawget({__tostring}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 1 emit("rawget({__tostring bad}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 1 emit("rawget({__len}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1 emit("rawget({__call}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 1 emit("rawget({__metatable}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1 emit("rawget({__eq __lt __concat}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1 emit("rawget({__index table}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = function() end, 1 emit("rawget(function, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = math.max, 1 emit("rawget(C function, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 1 emit("rawget(thread, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = newproxy(), 1 emit("rawget(userdata, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1 emit("rawget(userdata with metatable, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, 1 emit("rawget({3,1,2}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {n = 2}, 1 emit("rawget({n=2}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {1, nil, 3}, 1 emit("rawget({1,nil,3}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {[1.5] = 1}, 1 emit("rawget({[1.5]=1}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {"a", "b"}, 1 emit("rawget({'a','b'}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {[2^31] = 1}, 1 emit("rawget({[2^31]=1}, base)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2 = {1, {}}, 1 emit("rawget({1,{}}, base)", pcall(function() return rawget(a1, a2) end)) end
