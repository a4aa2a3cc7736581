-- Library-argument sweep ferrous-conformance run --sweep: unpack/arg2
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
do local a1 = {3, 1, 2} emit("unpack(base, missing)", pcall(function() return unpack(a1) end)) end
do local a1, a2, a3 = {3, 1, 2}, nil, 3 emit("unpack(base, nil, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, true, 3 emit("unpack(base, true, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, false, 3 emit("unpack(base, false, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 0, 3 emit("unpack(base, 0, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -(function() return 0 end)(), 3 emit("unpack(base, -0, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 1, 3 emit("unpack(base, 1, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -1, 3 emit("unpack(base, -1, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -3, 3 emit("unpack(base, -3, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 0.5, 3 emit("unpack(base, 0.5, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -0.5, 3 emit("unpack(base, -0.5, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 1.5, 3 emit("unpack(base, 1.5, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 0/0, 3 emit("unpack(base, nan, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 1/0, 3 emit("unpack(base, inf, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -1/0, 3 emit("unpack(base, -inf, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2^31, 3 emit("unpack(base, 2^31, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2^31-1, 3 emit("unpack(base, 2^31-1, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -2^31, 3 emit("unpack(base, -2^31, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -2^31-1, 3 emit("unpack(base, -2^31-1, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2^32+1, 3 emit("unpack(base, 2^32+1, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2^53, 3 emit("unpack(base, 2^53, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2^63, 3 emit("unpack(base, 2^63, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 1e300, 3 emit("unpack(base, 1e300, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -1e300, 3 emit("unpack(base, -1e300, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 255, 3 emit("unpack(base, 255, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 256, 3 emit("unpack(base, 256, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "", 3 emit("unpack(base, empty, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "abc", 3 emit("unpack(base, abc, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "a\0b", 3 emit("unpack(base, nul, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, " 10 ", 3 emit("unpack(base, ' 10 ', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "0x10", 3 emit("unpack(base, '0x10', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "1e2", 3 emit("unpack(base, '1e2', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "-1", 3 emit("unpack(base, '-1', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "nan", 3 emit("unpack(base, 'nan', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, " inf", 3 emit("unpack(base, 'inf', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "0x", 3 emit("unpack(base, '0x', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, "2147483648", 3 emit("unpack(base, '2^31', base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, string.rep("x", 100000), 3 emit("unpack(base, huge, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, {}, 3 emit("unpack(base, {}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, {1, 2, 3}, 3 emit("unpack(base, {1,2,3}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__index = function(t, k) return k end}), 3 emit("unpack(base, {__index}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__tostring = function() return "T" end}), 3 emit("unpack(base, {__tostring}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__tostring = function() return {} end}), 3 emit("unpack(base, {__tostring bad}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({1, 2}, {__len = function() return 10 end}), 3 emit("unpack(base, {__len}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__call = function(self, ...) return "called", ... end}), 3 emit("unpack(base, {__call}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__metatable = "locked"}), 3 emit("unpack(base, {__metatable}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 3 emit("unpack(base, {__eq __lt __concat}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 3 emit("unpack(base, {__index table}, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, function() end, 3 emit("unpack(base, function, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, math.max, 3 emit("unpack(base, C function, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, coroutine.create(function() end), 3 emit("unpack(base, thread, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, newproxy(), 3 emit("unpack(base, userdata, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 3 emit("unpack(base, userdata with metatable, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2, 3 emit("unpack(base, 2, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 3, 3 emit("unpack(base, 3, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -2, 3 emit("unpack(base, -2, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 100, 3 emit("unpack(base, 100, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2^30, 3 emit("unpack(base, 2^30, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, 2.9, 3 emit("unpack(base, 2.9, base)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1, a2, a3 = {3, 1, 2}, -2.9, 3 emit("unpack(base, -2.9, base)", pcall(function() return unpack(a1, a2, a3) end)) end
