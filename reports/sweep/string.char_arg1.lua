-- Library-argument sweep ferrous-conformance run --sweep: string.char/arg1
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
do emit("string.char(missing)", pcall(function() return string.char() end)) end
do local a1, a2 = nil, 66 emit("string.char(nil, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, 66 emit("string.char(true, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = false, 66 emit("string.char(false, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0, 66 emit("string.char(0, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 66 emit("string.char(-0, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 1, 66 emit("string.char(1, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, 66 emit("string.char(-1, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -3, 66 emit("string.char(-3, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, 66 emit("string.char(0.5, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -0.5, 66 emit("string.char(-0.5, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 1.5, 66 emit("string.char(1.5, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, 66 emit("string.char(nan, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 1/0, 66 emit("string.char(inf, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1/0, 66 emit("string.char(-inf, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, 66 emit("string.char(2^31, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31-1, 66 emit("string.char(2^31-1, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, 66 emit("string.char(-2^31, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31-1, 66 emit("string.char(-2^31-1, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^32+1, 66 emit("string.char(2^32+1, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^53, 66 emit("string.char(2^53, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^63, 66 emit("string.char(2^63, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 1e300, 66 emit("string.char(1e300, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1e300, 66 emit("string.char(-1e300, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 255, 66 emit("string.char(255, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 256, 66 emit("string.char(256, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "", 66 emit("string.char(empty, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", 66 emit("string.char(abc, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "a\0b", 66 emit("string.char(nul, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = " 10 ", 66 emit("string.char(' 10 ', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "0x10", 66 emit("string.char('0x10', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", 66 emit("string.char('1e2', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "-1", 66 emit("string.char('-1', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "nan", 66 emit("string.char('nan', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = " inf", 66 emit("string.char('inf', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "0x", 66 emit("string.char('0x', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "2147483648", 66 emit("string.char('2^31', base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 66 emit("string.char(huge, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, 66 emit("string.char({}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 66 emit("string.char({1,2,3}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 66 emit("string.char({__index}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 66 emit("string.char({__tostring}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 66 emit("string.char({__tostring bad}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 66 emit("string.char({__len}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 66 emit("string.char({__call}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 66 emit("string.char({__metatable}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 66 emit("string.char({__eq __lt __concat}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 66 emit("string.char({__index table}, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, 66 emit("string.char(function, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = math.max, 66 emit("string.char(C function, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 66 emit("string.char(thread, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = newproxy(), 66 emit("string.char(userdata, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 66 emit("string.char(userdata with metatable, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2, 66 emit("string.char(2, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 3, 66 emit("string.char(3, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2, 66 emit("string.char(-2, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 100, 66 emit("string.char(100, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^30, 66 emit("string.char(2^30, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2.9, 66 emit("string.char(2.9, base)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2.9, 66 emit("string.char(-2.9, base)", pcall(function() return string.char(a1, a2) end)) end
