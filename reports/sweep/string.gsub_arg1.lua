-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg1
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
do emit("string.gsub(missing)", pcall(function() return string.gsub() end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", 1 emit("string.gsub(nil, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", 1 emit("string.gsub(true, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = false, "b", "%0%0", 1 emit("string.gsub(false, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0, "b", "%0%0", 1 emit("string.gsub(0, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -(function() return 0 end)(), "b", "%0%0", 1 emit("string.gsub(-0, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1, "b", "%0%0", 1 emit("string.gsub(1, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", 1 emit("string.gsub(-1, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -3, "b", "%0%0", 1 emit("string.gsub(-3, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", 1 emit("string.gsub(0.5, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -0.5, "b", "%0%0", 1 emit("string.gsub(-0.5, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1.5, "b", "%0%0", 1 emit("string.gsub(1.5, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", 1 emit("string.gsub(nan, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1/0, "b", "%0%0", 1 emit("string.gsub(inf, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1/0, "b", "%0%0", 1 emit("string.gsub(-inf, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", 1 emit("string.gsub(2^31, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31-1, "b", "%0%0", 1 emit("string.gsub(2^31-1, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", 1 emit("string.gsub(-2^31, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31-1, "b", "%0%0", 1 emit("string.gsub(-2^31-1, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^32+1, "b", "%0%0", 1 emit("string.gsub(2^32+1, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^53, "b", "%0%0", 1 emit("string.gsub(2^53, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^63, "b", "%0%0", 1 emit("string.gsub(2^63, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1e300, "b", "%0%0", 1 emit("string.gsub(1e300, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1e300, "b", "%0%0", 1 emit("string.gsub(-1e300, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 255, "b", "%0%0", 1 emit("string.gsub(255, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 256, "b", "%0%0", 1 emit("string.gsub(256, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "", "b", "%0%0", 1 emit("string.gsub(empty, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", 1 emit("string.gsub(abc, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "a\0b", "b", "%0%0", 1 emit("string.gsub(nul, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = " 10 ", "b", "%0%0", 1 emit("string.gsub(' 10 ', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "0x10", "b", "%0%0", 1 emit("string.gsub('0x10', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", 1 emit("string.gsub('1e2', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "-1", "b", "%0%0", 1 emit("string.gsub('-1', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "nan", "b", "%0%0", 1 emit("string.gsub('nan', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = " inf", "b", "%0%0", 1 emit("string.gsub('inf', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "0x", "b", "%0%0", 1 emit("string.gsub('0x', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "2147483648", "b", "%0%0", 1 emit("string.gsub('2^31', base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = string.rep("x", 100000), "b", "%0%0", 1 emit("string.gsub(huge, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", 1 emit("string.gsub({}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, 3}, "b", "%0%0", 1 emit("string.gsub({1,2,3}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__index = function(t, k) return k end}), "b", "%0%0", 1 emit("string.gsub({__index}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__tostring = function() return "T" end}), "b", "%0%0", 1 emit("string.gsub({__tostring}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__tostring = function() return {} end}), "b", "%0%0", 1 emit("string.gsub({__tostring bad}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({1, 2}, {__len = function() return 10 end}), "b", "%0%0", 1 emit("string.gsub({__len}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "b", "%0%0", 1 emit("string.gsub({__call}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__metatable = "locked"}), "b", "%0%0", 1 emit("string.gsub({__metatable}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "b", "%0%0", 1 emit("string.gsub({__eq __lt __concat}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "b", "%0%0", 1 emit("string.gsub({__index table}, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", 1 emit("string.gsub(function, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = math.max, "b", "%0%0", 1 emit("string.gsub(C function, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = coroutine.create(function() end), "b", "%0%0", 1 emit("string.gsub(thread, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = newproxy(), "b", "%0%0", 1 emit("string.gsub(userdata, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "b", "%0%0", 1 emit("string.gsub(userdata with metatable, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "a\0b\0", "b", "%0%0", 1 emit("string.gsub(nuls, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "\255\128\0", "b", "%0%0", 1 emit("string.gsub(high bytes, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "aBc XyZ 09", "b", "%0%0", 1 emit("string.gsub(mixed case, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "line\nline\r\n", "b", "%0%0", 1 emit("string.gsub(newlines, base, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
