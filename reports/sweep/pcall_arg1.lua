-- Library-argument sweep ferrous-conformance run --sweep: pcall/arg1
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
do emit("pcall(missing)", pcall(function() return pcall() end)) end
do local a1, a2 = nil, 1 emit("pcall(nil, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = true, 1 emit("pcall(true, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = false, 1 emit("pcall(false, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 0, 1 emit("pcall(0, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 1 emit("pcall(-0, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 1, 1 emit("pcall(1, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -1, 1 emit("pcall(-1, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -3, 1 emit("pcall(-3, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 0.5, 1 emit("pcall(0.5, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -0.5, 1 emit("pcall(-0.5, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 1.5, 1 emit("pcall(1.5, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 0/0, 1 emit("pcall(nan, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 1/0, 1 emit("pcall(inf, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -1/0, 1 emit("pcall(-inf, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 2^31, 1 emit("pcall(2^31, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 2^31-1, 1 emit("pcall(2^31-1, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -2^31, 1 emit("pcall(-2^31, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -2^31-1, 1 emit("pcall(-2^31-1, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 2^32+1, 1 emit("pcall(2^32+1, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 2^53, 1 emit("pcall(2^53, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 2^63, 1 emit("pcall(2^63, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 1e300, 1 emit("pcall(1e300, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = -1e300, 1 emit("pcall(-1e300, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 255, 1 emit("pcall(255, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = 256, 1 emit("pcall(256, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "", 1 emit("pcall(empty, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "abc", 1 emit("pcall(abc, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "a\0b", 1 emit("pcall(nul, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = " 10 ", 1 emit("pcall(' 10 ', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "0x10", 1 emit("pcall('0x10', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "1e2", 1 emit("pcall('1e2', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "-1", 1 emit("pcall('-1', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "nan", 1 emit("pcall('nan', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = " inf", 1 emit("pcall('inf', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "0x", 1 emit("pcall('0x', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = "2147483648", 1 emit("pcall('2^31', base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 1 emit("pcall(huge, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = {}, 1 emit("pcall({}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 1 emit("pcall({1,2,3}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 1 emit("pcall({__index}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 1 emit("pcall({__tostring}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 1 emit("pcall({__tostring bad}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 1 emit("pcall({__len}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1 emit("pcall({__call}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 1 emit("pcall({__metatable}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1 emit("pcall({__eq __lt __concat}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1 emit("pcall({__index table}, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function() end, 1 emit("pcall(function, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = math.max, 1 emit("pcall(C function, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 1 emit("pcall(thread, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = newproxy(), 1 emit("pcall(userdata, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1 emit("pcall(userdata with metatable, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function(...) return ... end, 1 emit("pcall(identity, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function() error("boom") end, 1 emit("pcall(raises string, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function() error({code = 1}) end, 1 emit("pcall(raises table, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function() error() end, 1 emit("pcall(raises nil, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function(...) return coroutine.yield(...) end, 1 emit("pcall(yields, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function() return end, 1 emit("pcall(returns nothing, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = function(a, b) return a < b end, 1 emit("pcall(less-than, base)", pcall(function() return pcall(a1, a2) end)) end
do local a1, a2 = error, 1 emit("pcall(C error, base)", pcall(function() return pcall(a1, a2) end)) end
