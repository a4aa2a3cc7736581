-- Library-argument sweep ferrous-conformance run --sweep: math.pow/arg1
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
do emit("math.pow(missing)", pcall(function() return math.pow() end)) end
do local a1, a2 = nil, 10 emit("math.pow(nil, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = true, 10 emit("math.pow(true, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = false, 10 emit("math.pow(false, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 0, 10 emit("math.pow(0, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 10 emit("math.pow(-0, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 1, 10 emit("math.pow(1, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -1, 10 emit("math.pow(-1, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -3, 10 emit("math.pow(-3, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 0.5, 10 emit("math.pow(0.5, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -0.5, 10 emit("math.pow(-0.5, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 1.5, 10 emit("math.pow(1.5, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 0/0, 10 emit("math.pow(nan, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 1/0, 10 emit("math.pow(inf, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -1/0, 10 emit("math.pow(-inf, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 2^31, 10 emit("math.pow(2^31, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 2^31-1, 10 emit("math.pow(2^31-1, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -2^31, 10 emit("math.pow(-2^31, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -2^31-1, 10 emit("math.pow(-2^31-1, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 2^32+1, 10 emit("math.pow(2^32+1, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 2^53, 10 emit("math.pow(2^53, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 2^63, 10 emit("math.pow(2^63, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 1e300, 10 emit("math.pow(1e300, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -1e300, 10 emit("math.pow(-1e300, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 255, 10 emit("math.pow(255, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 256, 10 emit("math.pow(256, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "", 10 emit("math.pow(empty, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "abc", 10 emit("math.pow(abc, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "a\0b", 10 emit("math.pow(nul, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = " 10 ", 10 emit("math.pow(' 10 ', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "0x10", 10 emit("math.pow('0x10', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "1e2", 10 emit("math.pow('1e2', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "-1", 10 emit("math.pow('-1', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "nan", 10 emit("math.pow('nan', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = " inf", 10 emit("math.pow('inf', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "0x", 10 emit("math.pow('0x', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = "2147483648", 10 emit("math.pow('2^31', base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 10 emit("math.pow(huge, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = {}, 10 emit("math.pow({}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 10 emit("math.pow({1,2,3}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 10 emit("math.pow({__index}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 10 emit("math.pow({__tostring}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 10 emit("math.pow({__tostring bad}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 10 emit("math.pow({__len}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 10 emit("math.pow({__call}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 10 emit("math.pow({__metatable}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 10 emit("math.pow({__eq __lt __concat}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 10 emit("math.pow({__index table}, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = function() end, 10 emit("math.pow(function, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = math.max, 10 emit("math.pow(C function, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 10 emit("math.pow(thread, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = newproxy(), 10 emit("math.pow(userdata, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 10 emit("math.pow(userdata with metatable, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = -2.5, 10 emit("math.pow(-2.5, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 1e-300, 10 emit("math.pow(1e-300, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 3.14159, 10 emit("math.pow(3.14159, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 1e15, 10 emit("math.pow(1e15, base)", pcall(function() return math.pow(a1, a2) end)) end
do local a1, a2 = 2^-1074, 10 emit("math.pow(2^-1074, base)", pcall(function() return math.pow(a1, a2) end)) end
