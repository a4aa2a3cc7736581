-- Library-argument sweep ferrous-conformance run --sweep: select/arg2
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
do local a1 = 1 emit("select(base, missing)", pcall(function() return select(a1) end)) end
do local a1, a2, a3 = 1, nil, 1 emit("select(base, nil, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, true, 1 emit("select(base, true, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, false, 1 emit("select(base, false, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 0, 1 emit("select(base, 0, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -(function() return 0 end)(), 1 emit("select(base, -0, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 1, 1 emit("select(base, 1, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -1, 1 emit("select(base, -1, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -3, 1 emit("select(base, -3, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 0.5, 1 emit("select(base, 0.5, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -0.5, 1 emit("select(base, -0.5, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 1.5, 1 emit("select(base, 1.5, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 0/0, 1 emit("select(base, nan, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 1/0, 1 emit("select(base, inf, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -1/0, 1 emit("select(base, -inf, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 2^31, 1 emit("select(base, 2^31, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 2^31-1, 1 emit("select(base, 2^31-1, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -2^31, 1 emit("select(base, -2^31, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -2^31-1, 1 emit("select(base, -2^31-1, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 2^32+1, 1 emit("select(base, 2^32+1, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 2^53, 1 emit("select(base, 2^53, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 2^63, 1 emit("select(base, 2^63, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 1e300, 1 emit("select(base, 1e300, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, -1e300, 1 emit("select(base, -1e300, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 255, 1 emit("select(base, 255, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, 256, 1 emit("select(base, 256, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "", 1 emit("select(base, empty, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "abc", 1 emit("select(base, abc, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "a\0b", 1 emit("select(base, nul, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, " 10 ", 1 emit("select(base, ' 10 ', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "0x10", 1 emit("select(base, '0x10', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "1e2", 1 emit("select(base, '1e2', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "-1", 1 emit("select(base, '-1', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "nan", 1 emit("select(base, 'nan', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, " inf", 1 emit("select(base, 'inf', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "0x", 1 emit("select(base, '0x', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, "2147483648", 1 emit("select(base, '2^31', base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, string.rep("x", 100000), 1 emit("select(base, huge, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, {}, 1 emit("select(base, {}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, {1, 2, 3}, 1 emit("select(base, {1,2,3}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__index = function(t, k) return k end}), 1 emit("select(base, {__index}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__tostring = function() return "T" end}), 1 emit("select(base, {__tostring}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__tostring = function() return {} end}), 1 emit("select(base, {__tostring bad}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({1, 2}, {__len = function() return 10 end}), 1 emit("select(base, {__len}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1 emit("select(base, {__call}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__metatable = "locked"}), 1 emit("select(base, {__metatable}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1 emit("select(base, {__eq __lt __concat}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1 emit("select(base, {__index table}, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, function() end, 1 emit("select(base, function, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, math.max, 1 emit("select(base, C function, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, coroutine.create(function() end), 1 emit("select(base, thread, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, newproxy(), 1 emit("select(base, userdata, base)", pcall(function() return select(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1 emit("select(base, userdata with metatable, base)", pcall(function() return select(a1, a2, a3) end)) end
