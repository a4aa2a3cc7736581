-- Library-argument sweep ferrous-conformance run --sweep: loadstring/arg1
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
do emit("loadstring(missing)", pcall(function() return loadstring() end)) end
do local a1, a2 = nil, "=chunk" emit("loadstring(nil, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, "=chunk" emit("loadstring(true, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = false, "=chunk" emit("loadstring(false, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0, "=chunk" emit("loadstring(0, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), "=chunk" emit("loadstring(-0, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 1, "=chunk" emit("loadstring(1, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, "=chunk" emit("loadstring(-1, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -3, "=chunk" emit("loadstring(-3, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, "=chunk" emit("loadstring(0.5, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -0.5, "=chunk" emit("loadstring(-0.5, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 1.5, "=chunk" emit("loadstring(1.5, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, "=chunk" emit("loadstring(nan, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 1/0, "=chunk" emit("loadstring(inf, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1/0, "=chunk" emit("loadstring(-inf, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, "=chunk" emit("loadstring(2^31, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31-1, "=chunk" emit("loadstring(2^31-1, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, "=chunk" emit("loadstring(-2^31, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31-1, "=chunk" emit("loadstring(-2^31-1, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^32+1, "=chunk" emit("loadstring(2^32+1, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^53, "=chunk" emit("loadstring(2^53, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^63, "=chunk" emit("loadstring(2^63, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 1e300, "=chunk" emit("loadstring(1e300, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1e300, "=chunk" emit("loadstring(-1e300, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 255, "=chunk" emit("loadstring(255, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 256, "=chunk" emit("loadstring(256, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "", "=chunk" emit("loadstring(empty, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", "=chunk" emit("loadstring(abc, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "a\0b", "=chunk" emit("loadstring(nul, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = " 10 ", "=chunk" emit("loadstring(' 10 ', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "0x10", "=chunk" emit("loadstring('0x10', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", "=chunk" emit("loadstring('1e2', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "-1", "=chunk" emit("loadstring('-1', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "nan", "=chunk" emit("loadstring('nan', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = " inf", "=chunk" emit("loadstring('inf', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "0x", "=chunk" emit("loadstring('0x', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "2147483648", "=chunk" emit("loadstring('2^31', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), "=chunk" emit("loadstring(huge, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, "=chunk" emit("loadstring({}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, "=chunk" emit("loadstring({1,2,3}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), "=chunk" emit("loadstring({__index}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "=chunk" emit("loadstring({__tostring}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), "=chunk" emit("loadstring({__tostring bad}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), "=chunk" emit("loadstring({__len}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "=chunk" emit("loadstring({__call}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), "=chunk" emit("loadstring({__metatable}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "=chunk" emit("loadstring({__eq __lt __concat}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "=chunk" emit("loadstring({__index table}, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, "=chunk" emit("loadstring(function, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = math.max, "=chunk" emit("loadstring(C function, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), "=chunk" emit("loadstring(thread, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = newproxy(), "=chunk" emit("loadstring(userdata, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "=chunk" emit("loadstring(userdata with metatable, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return 1", "=chunk" emit("loadstring('return 1', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "return ...", "=chunk" emit("loadstring('return ...', base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "syntax error here", "=chunk" emit("loadstring(syntax error, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "x = 'abc", "=chunk" emit("loadstring(unfinished string, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "\27Lua", "=chunk" emit("loadstring(binary prefix, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = string.dump(function(...) return select('#', ...) end), "=chunk" emit("loadstring(dumped, base)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "error('at run time')", "=chunk" emit("loadstring(error at run, base)", pcall(function() return loadstring(a1, a2) end)) end
