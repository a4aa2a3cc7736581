-- Library-argument sweep ferrous-conformance run --sweep: math.ldexp/arg1
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
do emit("math.ldexp(missing)", pcall(function() return math.ldexp() end)) end
do local a1, a2 = nil, 3 emit("math.ldexp(nil, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, 3 emit("math.ldexp(true, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = false, 3 emit("math.ldexp(false, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0, 3 emit("math.ldexp(0, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 3 emit("math.ldexp(-0, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 1, 3 emit("math.ldexp(1, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, 3 emit("math.ldexp(-1, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -3, 3 emit("math.ldexp(-3, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, 3 emit("math.ldexp(0.5, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -0.5, 3 emit("math.ldexp(-0.5, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 1.5, 3 emit("math.ldexp(1.5, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, 3 emit("math.ldexp(nan, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 1/0, 3 emit("math.ldexp(inf, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1/0, 3 emit("math.ldexp(-inf, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, 3 emit("math.ldexp(2^31, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31-1, 3 emit("math.ldexp(2^31-1, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, 3 emit("math.ldexp(-2^31, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31-1, 3 emit("math.ldexp(-2^31-1, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^32+1, 3 emit("math.ldexp(2^32+1, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^53, 3 emit("math.ldexp(2^53, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^63, 3 emit("math.ldexp(2^63, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 1e300, 3 emit("math.ldexp(1e300, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1e300, 3 emit("math.ldexp(-1e300, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 255, 3 emit("math.ldexp(255, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 256, 3 emit("math.ldexp(256, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "", 3 emit("math.ldexp(empty, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", 3 emit("math.ldexp(abc, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "a\0b", 3 emit("math.ldexp(nul, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = " 10 ", 3 emit("math.ldexp(' 10 ', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "0x10", 3 emit("math.ldexp('0x10', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", 3 emit("math.ldexp('1e2', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "-1", 3 emit("math.ldexp('-1', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "nan", 3 emit("math.ldexp('nan', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = " inf", 3 emit("math.ldexp('inf', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "0x", 3 emit("math.ldexp('0x', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "2147483648", 3 emit("math.ldexp('2^31', base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 3 emit("math.ldexp(huge, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, 3 emit("math.ldexp({}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 3 emit("math.ldexp({1,2,3}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 3 emit("math.ldexp({__index}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 3 emit("math.ldexp({__tostring}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 3 emit("math.ldexp({__tostring bad}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 3 emit("math.ldexp({__len}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 3 emit("math.ldexp({__call}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 3 emit("math.ldexp({__metatable}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 3 emit("math.ldexp({__eq __lt __concat}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 3 emit("math.ldexp({__index table}, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, 3 emit("math.ldexp(function, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = math.max, 3 emit("math.ldexp(C function, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 3 emit("math.ldexp(thread, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = newproxy(), 3 emit("math.ldexp(userdata, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 3 emit("math.ldexp(userdata with metatable, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2.5, 3 emit("math.ldexp(-2.5, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 1e-300, 3 emit("math.ldexp(1e-300, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 3.14159, 3 emit("math.ldexp(3.14159, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 1e15, 3 emit("math.ldexp(1e15, base)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^-1074, 3 emit("math.ldexp(2^-1074, base)", pcall(function() return math.ldexp(a1, a2) end)) end
