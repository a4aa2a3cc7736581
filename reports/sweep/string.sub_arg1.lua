-- Library-argument sweep ferrous-conformance run --sweep: string.sub/arg1
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, ": 0x%x+", ": ADDRESS"))
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
do emit("string.sub(missing)", pcall(function() return string.sub() end)) end
do local a1, a2, a3 = nil, 2, -1 emit("string.sub(nil, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, -1 emit("string.sub(true, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = false, 2, -1 emit("string.sub(false, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0, 2, -1 emit("string.sub(0, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -(function() return 0 end)(), 2, -1 emit("string.sub(-0, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 2, -1 emit("string.sub(1, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, -1 emit("string.sub(-1, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -3, 2, -1 emit("string.sub(-3, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, -1 emit("string.sub(0.5, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -0.5, 2, -1 emit("string.sub(-0.5, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 1.5, 2, -1 emit("string.sub(1.5, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, -1 emit("string.sub(nan, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 1/0, 2, -1 emit("string.sub(inf, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1/0, 2, -1 emit("string.sub(-inf, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, -1 emit("string.sub(2^31, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31-1, 2, -1 emit("string.sub(2^31-1, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, -1 emit("string.sub(-2^31, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31-1, 2, -1 emit("string.sub(-2^31-1, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^32+1, 2, -1 emit("string.sub(2^32+1, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^53, 2, -1 emit("string.sub(2^53, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^63, 2, -1 emit("string.sub(2^63, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 1e300, 2, -1 emit("string.sub(1e300, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1e300, 2, -1 emit("string.sub(-1e300, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 255, 2, -1 emit("string.sub(255, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 256, 2, -1 emit("string.sub(256, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "", 2, -1 emit("string.sub(empty, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, -1 emit("string.sub(abc, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b", 2, -1 emit("string.sub(nul, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = " 10 ", 2, -1 emit("string.sub(' 10 ', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x10", 2, -1 emit("string.sub('0x10', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, -1 emit("string.sub('1e2', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "-1", 2, -1 emit("string.sub('-1', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "nan", 2, -1 emit("string.sub('nan', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = " inf", 2, -1 emit("string.sub('inf', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x", 2, -1 emit("string.sub('0x', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "2147483648", 2, -1 emit("string.sub('2^31', base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = string.rep("x", 100000), 2, -1 emit("string.sub(huge, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, -1 emit("string.sub({}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {1, 2, 3}, 2, -1 emit("string.sub({1,2,3}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = function(t, k) return k end}), 2, -1 emit("string.sub({__index}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return "T" end}), 2, -1 emit("string.sub({__tostring}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return {} end}), 2, -1 emit("string.sub({__tostring bad}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({1, 2}, {__len = function() return 10 end}), 2, -1 emit("string.sub({__len}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 2, -1 emit("string.sub({__call}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__metatable = "locked"}), 2, -1 emit("string.sub({__metatable}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 2, -1 emit("string.sub({__eq __lt __concat}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 2, -1 emit("string.sub({__index table}, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, -1 emit("string.sub(function, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = math.max, 2, -1 emit("string.sub(C function, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = coroutine.create(function() end), 2, -1 emit("string.sub(thread, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = newproxy(), 2, -1 emit("string.sub(userdata, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 2, -1 emit("string.sub(userdata with metatable, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b\0", 2, -1 emit("string.sub(nuls, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "\255\128\0", 2, -1 emit("string.sub(high bytes, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "aBc XyZ 09", 2, -1 emit("string.sub(mixed case, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "line\nline\r\n", 2, -1 emit("string.sub(newlines, base, base)", pcall(function() return string.sub(a1, a2, a3) end)) end
