-- Library-argument sweep ferrous-conformance run --sweep: string.gmatch/arg1
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
do emit("string.gmatch(missing)", pcall(function() return string.gmatch() end)) end
do local a1, a2 = nil, "%a" emit("string.gmatch(nil, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = true, "%a" emit("string.gmatch(true, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = false, "%a" emit("string.gmatch(false, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 0, "%a" emit("string.gmatch(0, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), "%a" emit("string.gmatch(-0, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 1, "%a" emit("string.gmatch(1, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -1, "%a" emit("string.gmatch(-1, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -3, "%a" emit("string.gmatch(-3, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 0.5, "%a" emit("string.gmatch(0.5, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -0.5, "%a" emit("string.gmatch(-0.5, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 1.5, "%a" emit("string.gmatch(1.5, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 0/0, "%a" emit("string.gmatch(nan, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 1/0, "%a" emit("string.gmatch(inf, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -1/0, "%a" emit("string.gmatch(-inf, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 2^31, "%a" emit("string.gmatch(2^31, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 2^31-1, "%a" emit("string.gmatch(2^31-1, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -2^31, "%a" emit("string.gmatch(-2^31, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -2^31-1, "%a" emit("string.gmatch(-2^31-1, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 2^32+1, "%a" emit("string.gmatch(2^32+1, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 2^53, "%a" emit("string.gmatch(2^53, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 2^63, "%a" emit("string.gmatch(2^63, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 1e300, "%a" emit("string.gmatch(1e300, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = -1e300, "%a" emit("string.gmatch(-1e300, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 255, "%a" emit("string.gmatch(255, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = 256, "%a" emit("string.gmatch(256, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "", "%a" emit("string.gmatch(empty, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%a" emit("string.gmatch(abc, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "a\0b", "%a" emit("string.gmatch(nul, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = " 10 ", "%a" emit("string.gmatch(' 10 ', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "0x10", "%a" emit("string.gmatch('0x10', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "1e2", "%a" emit("string.gmatch('1e2', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "-1", "%a" emit("string.gmatch('-1', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "nan", "%a" emit("string.gmatch('nan', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = " inf", "%a" emit("string.gmatch('inf', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "0x", "%a" emit("string.gmatch('0x', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "2147483648", "%a" emit("string.gmatch('2^31', base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), "%a" emit("string.gmatch(huge, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = {}, "%a" emit("string.gmatch({}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, "%a" emit("string.gmatch({1,2,3}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), "%a" emit("string.gmatch({__index}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "%a" emit("string.gmatch({__tostring}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), "%a" emit("string.gmatch({__tostring bad}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), "%a" emit("string.gmatch({__len}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "%a" emit("string.gmatch({__call}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), "%a" emit("string.gmatch({__metatable}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "%a" emit("string.gmatch({__eq __lt __concat}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "%a" emit("string.gmatch({__index table}, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = function() end, "%a" emit("string.gmatch(function, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = math.max, "%a" emit("string.gmatch(C function, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), "%a" emit("string.gmatch(thread, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = newproxy(), "%a" emit("string.gmatch(userdata, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "%a" emit("string.gmatch(userdata with metatable, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "a\0b\0", "%a" emit("string.gmatch(nuls, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "\255\128\0", "%a" emit("string.gmatch(high bytes, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "aBc XyZ 09", "%a" emit("string.gmatch(mixed case, base)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "line\nline\r\n", "%a" emit("string.gmatch(newlines, base)", pcall(function() return string.gmatch(a1, a2) end)) end
