-- Library-argument sweep ferrous-conformance run --sweep: tonumber/arg1
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
do emit("tonumber(missing)", pcall(function() return tonumber() end)) end
do local a1, a2 = nil, 16 emit("tonumber(nil, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, 16 emit("tonumber(true, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = false, 16 emit("tonumber(false, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0, 16 emit("tonumber(0, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 16 emit("tonumber(-0, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 1, 16 emit("tonumber(1, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, 16 emit("tonumber(-1, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -3, 16 emit("tonumber(-3, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, 16 emit("tonumber(0.5, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -0.5, 16 emit("tonumber(-0.5, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 1.5, 16 emit("tonumber(1.5, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, 16 emit("tonumber(nan, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 1/0, 16 emit("tonumber(inf, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1/0, 16 emit("tonumber(-inf, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, 16 emit("tonumber(2^31, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31-1, 16 emit("tonumber(2^31-1, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, 16 emit("tonumber(-2^31, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31-1, 16 emit("tonumber(-2^31-1, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^32+1, 16 emit("tonumber(2^32+1, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^53, 16 emit("tonumber(2^53, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^63, 16 emit("tonumber(2^63, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 1e300, 16 emit("tonumber(1e300, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1e300, 16 emit("tonumber(-1e300, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 255, 16 emit("tonumber(255, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 256, 16 emit("tonumber(256, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "", 16 emit("tonumber(empty, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", 16 emit("tonumber(abc, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "a\0b", 16 emit("tonumber(nul, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = " 10 ", 16 emit("tonumber(' 10 ', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "0x10", 16 emit("tonumber('0x10', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", 16 emit("tonumber('1e2', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "-1", 16 emit("tonumber('-1', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "nan", 16 emit("tonumber('nan', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = " inf", 16 emit("tonumber('inf', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "0x", 16 emit("tonumber('0x', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "2147483648", 16 emit("tonumber('2^31', base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 16 emit("tonumber(huge, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, 16 emit("tonumber({}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 16 emit("tonumber({1,2,3}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 16 emit("tonumber({__index}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 16 emit("tonumber({__tostring}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 16 emit("tonumber({__tostring bad}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 16 emit("tonumber({__len}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 16 emit("tonumber({__call}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 16 emit("tonumber({__metatable}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 16 emit("tonumber({__eq __lt __concat}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 16 emit("tonumber({__index table}, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, 16 emit("tonumber(function, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = math.max, 16 emit("tonumber(C function, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 16 emit("tonumber(thread, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = newproxy(), 16 emit("tonumber(userdata, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 16 emit("tonumber(userdata with metatable, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "a\0b\0", 16 emit("tonumber(nuls, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "\255\128\0", 16 emit("tonumber(high bytes, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "aBc XyZ 09", 16 emit("tonumber(mixed case, base)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "line\nline\r\n", 16 emit("tonumber(newlines, base)", pcall(function() return tonumber(a1, a2) end)) end
