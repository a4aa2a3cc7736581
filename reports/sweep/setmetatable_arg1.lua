-- Library-argument sweep ferrous-conformance run --sweep: setmetatable/arg1
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
do emit("setmetatable(missing)", pcall(function() return setmetatable() end)) end
do local a1, a2 = nil, {} emit("setmetatable(nil, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = true, {} emit("setmetatable(true, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = false, {} emit("setmetatable(false, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 0, {} emit("setmetatable(0, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), {} emit("setmetatable(-0, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 1, {} emit("setmetatable(1, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -1, {} emit("setmetatable(-1, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -3, {} emit("setmetatable(-3, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("setmetatable(0.5, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -0.5, {} emit("setmetatable(-0.5, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 1.5, {} emit("setmetatable(1.5, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("setmetatable(nan, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 1/0, {} emit("setmetatable(inf, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -1/0, {} emit("setmetatable(-inf, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("setmetatable(2^31, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 2^31-1, {} emit("setmetatable(2^31-1, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("setmetatable(-2^31, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -2^31-1, {} emit("setmetatable(-2^31-1, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 2^32+1, {} emit("setmetatable(2^32+1, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 2^53, {} emit("setmetatable(2^53, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 2^63, {} emit("setmetatable(2^63, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 1e300, {} emit("setmetatable(1e300, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = -1e300, {} emit("setmetatable(-1e300, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 255, {} emit("setmetatable(255, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = 256, {} emit("setmetatable(256, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "", {} emit("setmetatable(empty, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("setmetatable(abc, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "a\0b", {} emit("setmetatable(nul, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = " 10 ", {} emit("setmetatable(' 10 ', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "0x10", {} emit("setmetatable('0x10', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("setmetatable('1e2', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "-1", {} emit("setmetatable('-1', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "nan", {} emit("setmetatable('nan', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = " inf", {} emit("setmetatable('inf', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "0x", {} emit("setmetatable('0x', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = "2147483648", {} emit("setmetatable('2^31', base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), {} emit("setmetatable(huge, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {}, {} emit("setmetatable({}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, {} emit("setmetatable({1,2,3}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), {} emit("setmetatable({__index}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), {} emit("setmetatable({__tostring}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), {} emit("setmetatable({__tostring bad}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), {} emit("setmetatable({__len}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), {} emit("setmetatable({__call}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), {} emit("setmetatable({__metatable}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), {} emit("setmetatable({__eq __lt __concat}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), {} emit("setmetatable({__index table}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("setmetatable(function, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = math.max, {} emit("setmetatable(C function, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), {} emit("setmetatable(thread, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = newproxy(), {} emit("setmetatable(userdata, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), {} emit("setmetatable(userdata with metatable, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {3, 1, 2}, {} emit("setmetatable({3,1,2}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {n = 2}, {} emit("setmetatable({n=2}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {1, nil, 3}, {} emit("setmetatable({1,nil,3}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {[1.5] = 1}, {} emit("setmetatable({[1.5]=1}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {"a", "b"}, {} emit("setmetatable({'a','b'}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {[2^31] = 1}, {} emit("setmetatable({[2^31]=1}, base)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1, a2 = {1, {}}, {} emit("setmetatable({1,{}}, base)", pcall(function() return setmetatable(a1, a2) end)) end
