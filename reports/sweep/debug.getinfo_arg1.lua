-- Library-argument sweep ferrous-conformance run --sweep: debug.getinfo/arg1
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
do emit("debug.getinfo(missing)", pcall(function() return debug.getinfo() end)) end
do local a1, a2 = nil, "nSlu" emit("debug.getinfo(nil, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = true, "nSlu" emit("debug.getinfo(true, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = false, "nSlu" emit("debug.getinfo(false, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 0, "nSlu" emit("debug.getinfo(0, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), "nSlu" emit("debug.getinfo(-0, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 1, "nSlu" emit("debug.getinfo(1, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -1, "nSlu" emit("debug.getinfo(-1, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -3, "nSlu" emit("debug.getinfo(-3, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 0.5, "nSlu" emit("debug.getinfo(0.5, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -0.5, "nSlu" emit("debug.getinfo(-0.5, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 1.5, "nSlu" emit("debug.getinfo(1.5, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 0/0, "nSlu" emit("debug.getinfo(nan, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 1/0, "nSlu" emit("debug.getinfo(inf, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -1/0, "nSlu" emit("debug.getinfo(-inf, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 2^31, "nSlu" emit("debug.getinfo(2^31, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 2^31-1, "nSlu" emit("debug.getinfo(2^31-1, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -2^31, "nSlu" emit("debug.getinfo(-2^31, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -2^31-1, "nSlu" emit("debug.getinfo(-2^31-1, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 2^32+1, "nSlu" emit("debug.getinfo(2^32+1, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 2^53, "nSlu" emit("debug.getinfo(2^53, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 2^63, "nSlu" emit("debug.getinfo(2^63, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 1e300, "nSlu" emit("debug.getinfo(1e300, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = -1e300, "nSlu" emit("debug.getinfo(-1e300, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 255, "nSlu" emit("debug.getinfo(255, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 256, "nSlu" emit("debug.getinfo(256, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "", "nSlu" emit("debug.getinfo(empty, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "abc", "nSlu" emit("debug.getinfo(abc, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "a\0b", "nSlu" emit("debug.getinfo(nul, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = " 10 ", "nSlu" emit("debug.getinfo(' 10 ', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "0x10", "nSlu" emit("debug.getinfo('0x10', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "1e2", "nSlu" emit("debug.getinfo('1e2', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "-1", "nSlu" emit("debug.getinfo('-1', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "nan", "nSlu" emit("debug.getinfo('nan', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = " inf", "nSlu" emit("debug.getinfo('inf', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "0x", "nSlu" emit("debug.getinfo('0x', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = "2147483648", "nSlu" emit("debug.getinfo('2^31', base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), "nSlu" emit("debug.getinfo(huge, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = {}, "nSlu" emit("debug.getinfo({}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, "nSlu" emit("debug.getinfo({1,2,3}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), "nSlu" emit("debug.getinfo({__index}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "nSlu" emit("debug.getinfo({__tostring}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), "nSlu" emit("debug.getinfo({__tostring bad}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), "nSlu" emit("debug.getinfo({__len}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "nSlu" emit("debug.getinfo({__call}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), "nSlu" emit("debug.getinfo({__metatable}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "nSlu" emit("debug.getinfo({__eq __lt __concat}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "nSlu" emit("debug.getinfo({__index table}, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = function() end, "nSlu" emit("debug.getinfo(function, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = math.max, "nSlu" emit("debug.getinfo(C function, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), "nSlu" emit("debug.getinfo(thread, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = newproxy(), "nSlu" emit("debug.getinfo(userdata, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "nSlu" emit("debug.getinfo(userdata with metatable, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 2, "nSlu" emit("debug.getinfo(2, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 3, "nSlu" emit("debug.getinfo(3, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 4, "nSlu" emit("debug.getinfo(4, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1, a2 = 50, "nSlu" emit("debug.getinfo(50, base)", pcall(function() return debug.getinfo(a1, a2) end)) end
