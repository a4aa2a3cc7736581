-- Library-argument sweep ferrous-conformance run --sweep: load/arg1
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
do emit("load(missing)", pcall(function() return load() end)) end
do local a1, a2 = nil, "=chunk" emit("load(nil, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = true, "=chunk" emit("load(true, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = false, "=chunk" emit("load(false, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 0, "=chunk" emit("load(0, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), "=chunk" emit("load(-0, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 1, "=chunk" emit("load(1, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -1, "=chunk" emit("load(-1, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -3, "=chunk" emit("load(-3, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 0.5, "=chunk" emit("load(0.5, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -0.5, "=chunk" emit("load(-0.5, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 1.5, "=chunk" emit("load(1.5, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 0/0, "=chunk" emit("load(nan, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 1/0, "=chunk" emit("load(inf, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -1/0, "=chunk" emit("load(-inf, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 2^31, "=chunk" emit("load(2^31, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 2^31-1, "=chunk" emit("load(2^31-1, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -2^31, "=chunk" emit("load(-2^31, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -2^31-1, "=chunk" emit("load(-2^31-1, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 2^32+1, "=chunk" emit("load(2^32+1, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 2^53, "=chunk" emit("load(2^53, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 2^63, "=chunk" emit("load(2^63, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 1e300, "=chunk" emit("load(1e300, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = -1e300, "=chunk" emit("load(-1e300, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 255, "=chunk" emit("load(255, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = 256, "=chunk" emit("load(256, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "", "=chunk" emit("load(empty, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "abc", "=chunk" emit("load(abc, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "a\0b", "=chunk" emit("load(nul, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = " 10 ", "=chunk" emit("load(' 10 ', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "0x10", "=chunk" emit("load('0x10', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "1e2", "=chunk" emit("load('1e2', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "-1", "=chunk" emit("load('-1', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "nan", "=chunk" emit("load('nan', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = " inf", "=chunk" emit("load('inf', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "0x", "=chunk" emit("load('0x', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = "2147483648", "=chunk" emit("load('2^31', base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), "=chunk" emit("load(huge, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = {}, "=chunk" emit("load({}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, "=chunk" emit("load({1,2,3}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), "=chunk" emit("load({__index}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "=chunk" emit("load({__tostring}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), "=chunk" emit("load({__tostring bad}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), "=chunk" emit("load({__len}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "=chunk" emit("load({__call}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), "=chunk" emit("load({__metatable}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "=chunk" emit("load({__eq __lt __concat}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "=chunk" emit("load({__index table}, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function() end, "=chunk" emit("load(function, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = math.max, "=chunk" emit("load(C function, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), "=chunk" emit("load(thread, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = newproxy(), "=chunk" emit("load(userdata, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "=chunk" emit("load(userdata with metatable, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function(...) return ... end, "=chunk" emit("load(identity, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function() error("boom") end, "=chunk" emit("load(raises string, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function() error({code = 1}) end, "=chunk" emit("load(raises table, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function() error() end, "=chunk" emit("load(raises nil, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function(...) return coroutine.yield(...) end, "=chunk" emit("load(yields, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function() return end, "=chunk" emit("load(returns nothing, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = function(a, b) return a < b end, "=chunk" emit("load(less-than, base)", pcall(function() return load(a1, a2) end)) end
do local a1, a2 = error, "=chunk" emit("load(C error, base)", pcall(function() return load(a1, a2) end)) end
