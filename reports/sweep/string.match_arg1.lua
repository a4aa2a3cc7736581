-- Library-argument sweep ferrous-conformance run --sweep: string.match/arg1
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
do emit("string.match(missing)", pcall(function() return string.match() end)) end
do local a1, a2, a3 = nil, "(b)(c)", 1 emit("string.match(nil, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", 1 emit("string.match(true, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = false, "(b)(c)", 1 emit("string.match(false, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0, "(b)(c)", 1 emit("string.match(0, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -(function() return 0 end)(), "(b)(c)", 1 emit("string.match(-0, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "(b)(c)", 1 emit("string.match(1, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", 1 emit("string.match(-1, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -3, "(b)(c)", 1 emit("string.match(-3, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", 1 emit("string.match(0.5, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -0.5, "(b)(c)", 1 emit("string.match(-0.5, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 1.5, "(b)(c)", 1 emit("string.match(1.5, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", 1 emit("string.match(nan, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 1/0, "(b)(c)", 1 emit("string.match(inf, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1/0, "(b)(c)", 1 emit("string.match(-inf, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", 1 emit("string.match(2^31, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31-1, "(b)(c)", 1 emit("string.match(2^31-1, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", 1 emit("string.match(-2^31, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31-1, "(b)(c)", 1 emit("string.match(-2^31-1, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^32+1, "(b)(c)", 1 emit("string.match(2^32+1, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^53, "(b)(c)", 1 emit("string.match(2^53, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^63, "(b)(c)", 1 emit("string.match(2^63, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 1e300, "(b)(c)", 1 emit("string.match(1e300, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1e300, "(b)(c)", 1 emit("string.match(-1e300, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 255, "(b)(c)", 1 emit("string.match(255, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 256, "(b)(c)", 1 emit("string.match(256, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "", "(b)(c)", 1 emit("string.match(empty, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", 1 emit("string.match(abc, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b", "(b)(c)", 1 emit("string.match(nul, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = " 10 ", "(b)(c)", 1 emit("string.match(' 10 ', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x10", "(b)(c)", 1 emit("string.match('0x10', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", 1 emit("string.match('1e2', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "-1", "(b)(c)", 1 emit("string.match('-1', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "nan", "(b)(c)", 1 emit("string.match('nan', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = " inf", "(b)(c)", 1 emit("string.match('inf', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x", "(b)(c)", 1 emit("string.match('0x', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "2147483648", "(b)(c)", 1 emit("string.match('2^31', base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = string.rep("x", 100000), "(b)(c)", 1 emit("string.match(huge, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", 1 emit("string.match({}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {1, 2, 3}, "(b)(c)", 1 emit("string.match({1,2,3}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = function(t, k) return k end}), "(b)(c)", 1 emit("string.match({__index}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return "T" end}), "(b)(c)", 1 emit("string.match({__tostring}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return {} end}), "(b)(c)", 1 emit("string.match({__tostring bad}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({1, 2}, {__len = function() return 10 end}), "(b)(c)", 1 emit("string.match({__len}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "(b)(c)", 1 emit("string.match({__call}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__metatable = "locked"}), "(b)(c)", 1 emit("string.match({__metatable}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "(b)(c)", 1 emit("string.match({__eq __lt __concat}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "(b)(c)", 1 emit("string.match({__index table}, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", 1 emit("string.match(function, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = math.max, "(b)(c)", 1 emit("string.match(C function, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = coroutine.create(function() end), "(b)(c)", 1 emit("string.match(thread, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = newproxy(), "(b)(c)", 1 emit("string.match(userdata, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "(b)(c)", 1 emit("string.match(userdata with metatable, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b\0", "(b)(c)", 1 emit("string.match(nuls, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "\255\128\0", "(b)(c)", 1 emit("string.match(high bytes, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "aBc XyZ 09", "(b)(c)", 1 emit("string.match(mixed case, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "line\nline\r\n", "(b)(c)", 1 emit("string.match(newlines, base, base)", pcall(function() return string.match(a1, a2, a3) end)) end
