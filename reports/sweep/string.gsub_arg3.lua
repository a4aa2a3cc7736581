-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg3
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
do local a1, a2 = "abc", "b" emit("string.gsub(base, base, missing)", pcall(function() return string.gsub(a1, a2) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, 1 emit("string.gsub(base, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, 1 emit("string.gsub(base, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", false, 1 emit("string.gsub(base, base, false, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0, 1 emit("string.gsub(base, base, 0, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -(function() return 0 end)(), 1 emit("string.gsub(base, base, -0, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, 1 emit("string.gsub(base, base, 1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, 1 emit("string.gsub(base, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -3, 1 emit("string.gsub(base, base, -3, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, 1 emit("string.gsub(base, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -0.5, 1 emit("string.gsub(base, base, -0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1.5, 1 emit("string.gsub(base, base, 1.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, 1 emit("string.gsub(base, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1/0, 1 emit("string.gsub(base, base, inf, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1/0, 1 emit("string.gsub(base, base, -inf, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, 1 emit("string.gsub(base, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31-1, 1 emit("string.gsub(base, base, 2^31-1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, 1 emit("string.gsub(base, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31-1, 1 emit("string.gsub(base, base, -2^31-1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^32+1, 1 emit("string.gsub(base, base, 2^32+1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^53, 1 emit("string.gsub(base, base, 2^53, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^63, 1 emit("string.gsub(base, base, 2^63, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1e300, 1 emit("string.gsub(base, base, 1e300, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1e300, 1 emit("string.gsub(base, base, -1e300, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 255, 1 emit("string.gsub(base, base, 255, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 256, 1 emit("string.gsub(base, base, 256, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "", 1 emit("string.gsub(base, base, empty, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", 1 emit("string.gsub(base, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "a\0b", 1 emit("string.gsub(base, base, nul, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", " 10 ", 1 emit("string.gsub(base, base, ' 10 ', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "0x10", 1 emit("string.gsub(base, base, '0x10', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", 1 emit("string.gsub(base, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "-1", 1 emit("string.gsub(base, base, '-1', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "nan", 1 emit("string.gsub(base, base, 'nan', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", " inf", 1 emit("string.gsub(base, base, 'inf', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "0x", 1 emit("string.gsub(base, base, '0x', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "2147483648", 1 emit("string.gsub(base, base, '2^31', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", string.rep("x", 100000), 1 emit("string.gsub(base, base, huge, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, 1 emit("string.gsub(base, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {1, 2, 3}, 1 emit("string.gsub(base, base, {1,2,3}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__index = function(t, k) return k end}), 1 emit("string.gsub(base, base, {__index}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__tostring = function() return "T" end}), 1 emit("string.gsub(base, base, {__tostring}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__tostring = function() return {} end}), 1 emit("string.gsub(base, base, {__tostring bad}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({1, 2}, {__len = function() return 10 end}), 1 emit("string.gsub(base, base, {__len}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1 emit("string.gsub(base, base, {__call}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__metatable = "locked"}), 1 emit("string.gsub(base, base, {__metatable}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1 emit("string.gsub(base, base, {__eq __lt __concat}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1 emit("string.gsub(base, base, {__index table}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, 1 emit("string.gsub(base, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", math.max, 1 emit("string.gsub(base, base, C function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", coroutine.create(function() end), 1 emit("string.gsub(base, base, thread, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", newproxy(), 1 emit("string.gsub(base, base, userdata, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1 emit("string.gsub(base, base, userdata with metatable, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%1", 1 emit("string.gsub(base, base, '%1', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%2", 1 emit("string.gsub(base, base, '%2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%", 1 emit("string.gsub(base, base, '%', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%%", 1 emit("string.gsub(base, base, '%%', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%a", 1 emit("string.gsub(base, base, '%a', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", 1 emit("string.gsub(base, base, '%0%0', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {b = "B"}, 1 emit("string.gsub(base, base, {b=B}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function(c) return c .. c end, 1 emit("string.gsub(base, base, doubling, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() return false end, 1 emit("string.gsub(base, base, returns false, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() return {} end, 1 emit("string.gsub(base, base, returns table, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() error("in replacement") end, 1 emit("string.gsub(base, base, errors, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
