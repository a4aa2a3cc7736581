-- Library-argument sweep ferrous-conformance run --sweep: string.gfind/arg1
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
do emit("string.gfind(missing)", pcall(function() return string.gfind() end)) end
do local a1, a2 = nil, "%a" emit("string.gfind(nil, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = true, "%a" emit("string.gfind(true, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = false, "%a" emit("string.gfind(false, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 0, "%a" emit("string.gfind(0, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), "%a" emit("string.gfind(-0, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 1, "%a" emit("string.gfind(1, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -1, "%a" emit("string.gfind(-1, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -3, "%a" emit("string.gfind(-3, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 0.5, "%a" emit("string.gfind(0.5, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -0.5, "%a" emit("string.gfind(-0.5, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 1.5, "%a" emit("string.gfind(1.5, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 0/0, "%a" emit("string.gfind(nan, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 1/0, "%a" emit("string.gfind(inf, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -1/0, "%a" emit("string.gfind(-inf, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 2^31, "%a" emit("string.gfind(2^31, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 2^31-1, "%a" emit("string.gfind(2^31-1, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -2^31, "%a" emit("string.gfind(-2^31, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -2^31-1, "%a" emit("string.gfind(-2^31-1, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 2^32+1, "%a" emit("string.gfind(2^32+1, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 2^53, "%a" emit("string.gfind(2^53, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 2^63, "%a" emit("string.gfind(2^63, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 1e300, "%a" emit("string.gfind(1e300, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = -1e300, "%a" emit("string.gfind(-1e300, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 255, "%a" emit("string.gfind(255, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = 256, "%a" emit("string.gfind(256, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "", "%a" emit("string.gfind(empty, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "abc", "%a" emit("string.gfind(abc, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "a\0b", "%a" emit("string.gfind(nul, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = " 10 ", "%a" emit("string.gfind(' 10 ', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "0x10", "%a" emit("string.gfind('0x10', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "1e2", "%a" emit("string.gfind('1e2', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "-1", "%a" emit("string.gfind('-1', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "nan", "%a" emit("string.gfind('nan', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = " inf", "%a" emit("string.gfind('inf', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "0x", "%a" emit("string.gfind('0x', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "2147483648", "%a" emit("string.gfind('2^31', base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), "%a" emit("string.gfind(huge, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = {}, "%a" emit("string.gfind({}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, "%a" emit("string.gfind({1,2,3}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), "%a" emit("string.gfind({__index}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "%a" emit("string.gfind({__tostring}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), "%a" emit("string.gfind({__tostring bad}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), "%a" emit("string.gfind({__len}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "%a" emit("string.gfind({__call}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), "%a" emit("string.gfind({__metatable}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "%a" emit("string.gfind({__eq __lt __concat}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "%a" emit("string.gfind({__index table}, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = function() end, "%a" emit("string.gfind(function, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = math.max, "%a" emit("string.gfind(C function, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), "%a" emit("string.gfind(thread, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = newproxy(), "%a" emit("string.gfind(userdata, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "%a" emit("string.gfind(userdata with metatable, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "a\0b\0", "%a" emit("string.gfind(nuls, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "\255\128\0", "%a" emit("string.gfind(high bytes, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "aBc XyZ 09", "%a" emit("string.gfind(mixed case, base)", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = "line\nline\r\n", "%a" emit("string.gfind(newlines, base)", pcall(function() return string.gfind(a1, a2) end)) end
