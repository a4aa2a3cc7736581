-- Library-argument sweep ferrous-conformance run --sweep: string.format/arg1
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
do emit("string.format(missing)", pcall(function() return string.format() end)) end
do local a1, a2, a3 = nil, 1, 1 emit("string.format(nil, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 1 emit("string.format(true, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = false, 1, 1 emit("string.format(false, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 0, 1, 1 emit("string.format(0, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -(function() return 0 end)(), 1, 1 emit("string.format(-0, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 1, 1 emit("string.format(1, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 1 emit("string.format(-1, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -3, 1, 1 emit("string.format(-3, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 1 emit("string.format(0.5, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -0.5, 1, 1 emit("string.format(-0.5, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 1.5, 1, 1 emit("string.format(1.5, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 1 emit("string.format(nan, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 1/0, 1, 1 emit("string.format(inf, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -1/0, 1, 1 emit("string.format(-inf, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 1 emit("string.format(2^31, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31-1, 1, 1 emit("string.format(2^31-1, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 1 emit("string.format(-2^31, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31-1, 1, 1 emit("string.format(-2^31-1, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^32+1, 1, 1 emit("string.format(2^32+1, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^53, 1, 1 emit("string.format(2^53, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^63, 1, 1 emit("string.format(2^63, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 1e300, 1, 1 emit("string.format(1e300, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = -1e300, 1, 1 emit("string.format(-1e300, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 255, 1, 1 emit("string.format(255, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = 256, 1, 1 emit("string.format(256, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "", 1, 1 emit("string.format(empty, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 1 emit("string.format(abc, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b", 1, 1 emit("string.format(nul, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = " 10 ", 1, 1 emit("string.format(' 10 ', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x10", 1, 1 emit("string.format('0x10', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 1 emit("string.format('1e2', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "-1", 1, 1 emit("string.format('-1', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "nan", 1, 1 emit("string.format('nan', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = " inf", 1, 1 emit("string.format('inf', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "0x", 1, 1 emit("string.format('0x', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "2147483648", 1, 1 emit("string.format('2^31', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = string.rep("x", 100000), 1, 1 emit("string.format(huge, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 1 emit("string.format({}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = {1, 2, 3}, 1, 1 emit("string.format({1,2,3}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = function(t, k) return k end}), 1, 1 emit("string.format({__index}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return "T" end}), 1, 1 emit("string.format({__tostring}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return {} end}), 1, 1 emit("string.format({__tostring bad}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({1, 2}, {__len = function() return 10 end}), 1, 1 emit("string.format({__len}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1, 1 emit("string.format({__call}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__metatable = "locked"}), 1, 1 emit("string.format({__metatable}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1, 1 emit("string.format({__eq __lt __concat}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1, 1 emit("string.format({__index table}, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 1 emit("string.format(function, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = math.max, 1, 1 emit("string.format(C function, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = coroutine.create(function() end), 1, 1 emit("string.format(thread, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = newproxy(), 1, 1 emit("string.format(userdata, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1, 1 emit("string.format(userdata with metatable, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%d", 1, 1 emit("string.format('%d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%5.2s", 1, 1 emit("string.format('%5.2s', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%q", 1, 1 emit("string.format('%q', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%x", 1, 1 emit("string.format('%x', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%X", 1, 1 emit("string.format('%X', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%o", 1, 1 emit("string.format('%o', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%c", 1, 1 emit("string.format('%c', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%i", 1, 1 emit("string.format('%i', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%u", 1, 1 emit("string.format('%u', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%e", 1, 1 emit("string.format('%e', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%E", 1, 1 emit("string.format('%E', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%g", 1, 1 emit("string.format('%g', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%G", 1, 1 emit("string.format('%G', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%f", 1, 1 emit("string.format('%f', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%.3f", 1, 1 emit("string.format('%.3f', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%99d", 1, 1 emit("string.format('%99d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%100d", 1, 1 emit("string.format('%100d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%.99f", 1, 1 emit("string.format('%.99f', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%.100f", 1, 1 emit("string.format('%.100f', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%-5d|", 1, 1 emit("string.format('%-5d|', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%#x", 1, 1 emit("string.format('%#x', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%+d", 1, 1 emit("string.format('%+d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "% d", 1, 1 emit("string.format('% d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%05.1f", 1, 1 emit("string.format('%05.1f', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%%", 1, 1 emit("string.format('%%', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%", 1, 1 emit("string.format('%', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%z", 1, 1 emit("string.format('%z', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%-+ #0d", 1, 1 emit("string.format('%-+ #0d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%-+ #00d", 1, 1 emit("string.format('%-+ #00d', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s%s", 1, 1 emit("string.format('%s%s', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s\0%s", 1, 1 emit("string.format('%s'..nul, base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%10.4s|", 1, 1 emit("string.format('%10.4s|', base, base)", pcall(function() return string.format(a1, a2, a3) end)) end
