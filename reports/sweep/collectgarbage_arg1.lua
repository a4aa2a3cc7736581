-- Library-argument sweep ferrous-conformance run --sweep: collectgarbage/arg1
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
do emit("collectgarbage(missing)", pcall(function() return collectgarbage() end)) end
do local a1, a2 = nil, 0 emit("collectgarbage(nil, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = true, 0 emit("collectgarbage(true, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = false, 0 emit("collectgarbage(false, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 0, 0 emit("collectgarbage(0, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -(function() return 0 end)(), 0 emit("collectgarbage(-0, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 1, 0 emit("collectgarbage(1, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -1, 0 emit("collectgarbage(-1, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -3, 0 emit("collectgarbage(-3, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 0.5, 0 emit("collectgarbage(0.5, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -0.5, 0 emit("collectgarbage(-0.5, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 1.5, 0 emit("collectgarbage(1.5, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 0/0, 0 emit("collectgarbage(nan, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 1/0, 0 emit("collectgarbage(inf, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -1/0, 0 emit("collectgarbage(-inf, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 2^31, 0 emit("collectgarbage(2^31, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 2^31-1, 0 emit("collectgarbage(2^31-1, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -2^31, 0 emit("collectgarbage(-2^31, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -2^31-1, 0 emit("collectgarbage(-2^31-1, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 2^32+1, 0 emit("collectgarbage(2^32+1, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 2^53, 0 emit("collectgarbage(2^53, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 2^63, 0 emit("collectgarbage(2^63, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 1e300, 0 emit("collectgarbage(1e300, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = -1e300, 0 emit("collectgarbage(-1e300, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 255, 0 emit("collectgarbage(255, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = 256, 0 emit("collectgarbage(256, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "", 0 emit("collectgarbage(empty, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "abc", 0 emit("collectgarbage(abc, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "a\0b", 0 emit("collectgarbage(nul, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = " 10 ", 0 emit("collectgarbage(' 10 ', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "0x10", 0 emit("collectgarbage('0x10', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "1e2", 0 emit("collectgarbage('1e2', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "-1", 0 emit("collectgarbage('-1', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "nan", 0 emit("collectgarbage('nan', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = " inf", 0 emit("collectgarbage('inf', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "0x", 0 emit("collectgarbage('0x', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "2147483648", 0 emit("collectgarbage('2^31', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = string.rep("x", 100000), 0 emit("collectgarbage(huge, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = {}, 0 emit("collectgarbage({}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = {1, 2, 3}, 0 emit("collectgarbage({1,2,3}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 0 emit("collectgarbage({__index}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 0 emit("collectgarbage({__tostring}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 0 emit("collectgarbage({__tostring bad}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 0 emit("collectgarbage({__len}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 0 emit("collectgarbage({__call}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), 0 emit("collectgarbage({__metatable}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 0 emit("collectgarbage({__eq __lt __concat}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 0 emit("collectgarbage({__index table}, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = function() end, 0 emit("collectgarbage(function, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = math.max, 0 emit("collectgarbage(C function, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 0 emit("collectgarbage(thread, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = newproxy(), 0 emit("collectgarbage(userdata, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 0 emit("collectgarbage(userdata with metatable, base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 0 emit("collectgarbage('collect', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "stop", 0 emit("collectgarbage('stop', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "restart", 0 emit("collectgarbage('restart', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "setpause", 0 emit("collectgarbage('setpause', base)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "setstepmul", 0 emit("collectgarbage('setstepmul', base)", pcall(function() return collectgarbage(a1, a2) end)) end
