-- Library-argument sweep ferrous-conformance run --sweep: select/arg1
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
do emit("select(missing)", pcall(function() return select() end)) end
do local a1, a2, a3 = nil, 1, 1 emit("select(nil, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 1 emit("select(true, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = false, 1, 1 emit("select(false, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 0, 1, 1 emit("select(0, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -(function() return 0 end)(), 1, 1 emit("select(-0, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 1, 1 emit("select(1, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 1 emit("select(-1, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -3, 1, 1 emit("select(-3, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 1 emit("select(0.5, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -0.5, 1, 1 emit("select(-0.5, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1.5, 1, 1 emit("select(1.5, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 1 emit("select(nan, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1/0, 1, 1 emit("select(inf, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -1/0, 1, 1 emit("select(-inf, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 1 emit("select(2^31, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31-1, 1, 1 emit("select(2^31-1, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 1 emit("select(-2^31, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31-1, 1, 1 emit("select(-2^31-1, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^32+1, 1, 1 emit("select(2^32+1, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^53, 1, 1 emit("select(2^53, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^63, 1, 1 emit("select(2^63, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1e300, 1, 1 emit("select(1e300, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -1e300, 1, 1 emit("select(-1e300, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 255, 1, 1 emit("select(255, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 256, 1, 1 emit("select(256, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "", 1, 1 emit("select(empty, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 1 emit("select(abc, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b", 1, 1 emit("select(nul, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = " 10 ", 1, 1 emit("select(' 10 ', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x10", 1, 1 emit("select('0x10', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 1 emit("select('1e2', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "-1", 1, 1 emit("select('-1', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "nan", 1, 1 emit("select('nan', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = " inf", 1, 1 emit("select('inf', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x", 1, 1 emit("select('0x', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = "2147483648", 1, 1 emit("select('2^31', base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = string.rep("x", 100000), 1, 1 emit("select(huge, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 1 emit("select({}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = {1, 2, 3}, 1, 1 emit("select({1,2,3}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = function(t, k) return k end}), 1, 1 emit("select({__index}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return "T" end}), 1, 1 emit("select({__tostring}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return {} end}), 1, 1 emit("select({__tostring bad}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({1, 2}, {__len = function() return 10 end}), 1, 1 emit("select({__len}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1, 1 emit("select({__call}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__metatable = "locked"}), 1, 1 emit("select({__metatable}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1, 1 emit("select({__eq __lt __concat}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1, 1 emit("select({__index table}, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 1 emit("select(function, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = math.max, 1, 1 emit("select(C function, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = coroutine.create(function() end), 1, 1 emit("select(thread, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = newproxy(), 1, 1 emit("select(userdata, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1, 1 emit("select(userdata with metatable, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2, 1, 1 emit("select(2, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 3, 1, 1 emit("select(3, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -2, 1, 1 emit("select(-2, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 100, 1, 1 emit("select(100, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^30, 1, 1 emit("select(2^30, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 2.9, 1, 1 emit("select(2.9, base, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = -2.9, 1, 1 emit("select(-2.9, base, base)", pcall(function() return select(a1, a2, a3) end)) end
