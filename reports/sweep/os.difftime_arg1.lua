-- Library-argument sweep ferrous-conformance run --sweep: os.difftime/arg1
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
do emit("os.difftime(missing)", pcall(function() return os.difftime() end)) end
do local a1, a2 = nil, 2.5 emit("os.difftime(nil, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = true, 2.5 emit("os.difftime(true, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = false, 2.5 emit("os.difftime(false, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 0, 2.5 emit("os.difftime(0, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 2.5 emit("os.difftime(-0, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 1, 2.5 emit("os.difftime(1, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -1, 2.5 emit("os.difftime(-1, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -3, 2.5 emit("os.difftime(-3, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 0.5, 2.5 emit("os.difftime(0.5, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -0.5, 2.5 emit("os.difftime(-0.5, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 1.5, 2.5 emit("os.difftime(1.5, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 0/0, 2.5 emit("os.difftime(nan, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 1/0, 2.5 emit("os.difftime(inf, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -1/0, 2.5 emit("os.difftime(-inf, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 2^31, 2.5 emit("os.difftime(2^31, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 2^31-1, 2.5 emit("os.difftime(2^31-1, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -2^31, 2.5 emit("os.difftime(-2^31, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -2^31-1, 2.5 emit("os.difftime(-2^31-1, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 2^32+1, 2.5 emit("os.difftime(2^32+1, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 2^53, 2.5 emit("os.difftime(2^53, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 2^63, 2.5 emit("os.difftime(2^63, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 1e300, 2.5 emit("os.difftime(1e300, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -1e300, 2.5 emit("os.difftime(-1e300, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 255, 2.5 emit("os.difftime(255, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 256, 2.5 emit("os.difftime(256, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "", 2.5 emit("os.difftime(empty, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "abc", 2.5 emit("os.difftime(abc, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "a\0b", 2.5 emit("os.difftime(nul, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = " 10 ", 2.5 emit("os.difftime(' 10 ', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "0x10", 2.5 emit("os.difftime('0x10', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "1e2", 2.5 emit("os.difftime('1e2', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "-1", 2.5 emit("os.difftime('-1', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "nan", 2.5 emit("os.difftime('nan', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = " inf", 2.5 emit("os.difftime('inf', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "0x", 2.5 emit("os.difftime('0x', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = "2147483648", 2.5 emit("os.difftime('2^31', base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 2.5 emit("os.difftime(huge, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = {}, 2.5 emit("os.difftime({}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 2.5 emit("os.difftime({1,2,3}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 2.5 emit("os.difftime({__index}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 2.5 emit("os.difftime({__tostring}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 2.5 emit("os.difftime({__tostring bad}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 2.5 emit("os.difftime({__len}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 2.5 emit("os.difftime({__call}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 2.5 emit("os.difftime({__metatable}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 2.5 emit("os.difftime({__eq __lt __concat}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 2.5 emit("os.difftime({__index table}, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = function() end, 2.5 emit("os.difftime(function, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = math.max, 2.5 emit("os.difftime(C function, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 2.5 emit("os.difftime(thread, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = newproxy(), 2.5 emit("os.difftime(userdata, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 2.5 emit("os.difftime(userdata with metatable, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = -2.5, 2.5 emit("os.difftime(-2.5, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 1e-300, 2.5 emit("os.difftime(1e-300, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 3.14159, 2.5 emit("os.difftime(3.14159, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 1e15, 2.5 emit("os.difftime(1e15, base)", pcall(function() return os.difftime(a1, a2) end)) end
do local a1, a2 = 2^-1074, 2.5 emit("os.difftime(2^-1074, base)", pcall(function() return os.difftime(a1, a2) end)) end
