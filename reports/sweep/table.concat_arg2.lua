-- Library-argument sweep ferrous-conformance run --sweep: table.concat/arg2
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
do local a1 = {1, 2, "x"} emit("table.concat(base, missing)", pcall(function() return table.concat(a1) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, 1, 3 emit("table.concat(base, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, 1, 3 emit("table.concat(base, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, false, 1, 3 emit("table.concat(base, false, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0, 1, 3 emit("table.concat(base, 0, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -(function() return 0 end)(), 1, 3 emit("table.concat(base, -0, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 1, 1, 3 emit("table.concat(base, 1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, 1, 3 emit("table.concat(base, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -3, 1, 3 emit("table.concat(base, -3, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, 1, 3 emit("table.concat(base, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -0.5, 1, 3 emit("table.concat(base, -0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 1.5, 1, 3 emit("table.concat(base, 1.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, 1, 3 emit("table.concat(base, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 1/0, 1, 3 emit("table.concat(base, inf, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1/0, 1, 3 emit("table.concat(base, -inf, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, 1, 3 emit("table.concat(base, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31-1, 1, 3 emit("table.concat(base, 2^31-1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, 1, 3 emit("table.concat(base, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31-1, 1, 3 emit("table.concat(base, -2^31-1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^32+1, 1, 3 emit("table.concat(base, 2^32+1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^53, 1, 3 emit("table.concat(base, 2^53, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^63, 1, 3 emit("table.concat(base, 2^63, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 1e300, 1, 3 emit("table.concat(base, 1e300, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1e300, 1, 3 emit("table.concat(base, -1e300, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 255, 1, 3 emit("table.concat(base, 255, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 256, 1, 3 emit("table.concat(base, 256, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "", 1, 3 emit("table.concat(base, empty, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", 1, 3 emit("table.concat(base, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "a\0b", 1, 3 emit("table.concat(base, nul, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, " 10 ", 1, 3 emit("table.concat(base, ' 10 ', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "0x10", 1, 3 emit("table.concat(base, '0x10', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", 1, 3 emit("table.concat(base, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "-1", 1, 3 emit("table.concat(base, '-1', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "nan", 1, 3 emit("table.concat(base, 'nan', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, " inf", 1, 3 emit("table.concat(base, 'inf', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "0x", 1, 3 emit("table.concat(base, '0x', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "2147483648", 1, 3 emit("table.concat(base, '2^31', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, string.rep("x", 100000), 1, 3 emit("table.concat(base, huge, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, 1, 3 emit("table.concat(base, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {1, 2, 3}, 1, 3 emit("table.concat(base, {1,2,3}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__index = function(t, k) return k end}), 1, 3 emit("table.concat(base, {__index}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__tostring = function() return "T" end}), 1, 3 emit("table.concat(base, {__tostring}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__tostring = function() return {} end}), 1, 3 emit("table.concat(base, {__tostring bad}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({1, 2}, {__len = function() return 10 end}), 1, 3 emit("table.concat(base, {__len}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1, 3 emit("table.concat(base, {__call}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__metatable = "locked"}), 1, 3 emit("table.concat(base, {__metatable}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1, 3 emit("table.concat(base, {__eq __lt __concat}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1, 3 emit("table.concat(base, {__index table}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, 1, 3 emit("table.concat(base, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, math.max, 1, 3 emit("table.concat(base, C function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, coroutine.create(function() end), 1, 3 emit("table.concat(base, thread, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, newproxy(), 1, 3 emit("table.concat(base, userdata, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1, 3 emit("table.concat(base, userdata with metatable, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "a\0b\0", 1, 3 emit("table.concat(base, nuls, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "\255\128\0", 1, 3 emit("table.concat(base, high bytes, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "aBc XyZ 09", 1, 3 emit("table.concat(base, mixed case, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "line\nline\r\n", 1, 3 emit("table.concat(base, newlines, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
