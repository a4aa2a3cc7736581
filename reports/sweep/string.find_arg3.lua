-- Library-argument sweep ferrous-conformance run --sweep: string.find/arg3
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
do local a1, a2 = "abc", "b" emit("string.find(base, base, missing)", pcall(function() return string.find(a1, a2) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, false emit("string.find(base, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, false emit("string.find(base, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", false, false emit("string.find(base, base, false, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0, false emit("string.find(base, base, 0, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -(function() return 0 end)(), false emit("string.find(base, base, -0, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, false emit("string.find(base, base, 1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, false emit("string.find(base, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -3, false emit("string.find(base, base, -3, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, false emit("string.find(base, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -0.5, false emit("string.find(base, base, -0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1.5, false emit("string.find(base, base, 1.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, false emit("string.find(base, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1/0, false emit("string.find(base, base, inf, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1/0, false emit("string.find(base, base, -inf, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, false emit("string.find(base, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31-1, false emit("string.find(base, base, 2^31-1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, false emit("string.find(base, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31-1, false emit("string.find(base, base, -2^31-1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^32+1, false emit("string.find(base, base, 2^32+1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^53, false emit("string.find(base, base, 2^53, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^63, false emit("string.find(base, base, 2^63, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1e300, false emit("string.find(base, base, 1e300, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1e300, false emit("string.find(base, base, -1e300, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 255, false emit("string.find(base, base, 255, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 256, false emit("string.find(base, base, 256, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "", false emit("string.find(base, base, empty, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", false emit("string.find(base, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "a\0b", false emit("string.find(base, base, nul, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", " 10 ", false emit("string.find(base, base, ' 10 ', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "0x10", false emit("string.find(base, base, '0x10', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", false emit("string.find(base, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "-1", false emit("string.find(base, base, '-1', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "nan", false emit("string.find(base, base, 'nan', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", " inf", false emit("string.find(base, base, 'inf', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "0x", false emit("string.find(base, base, '0x', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "2147483648", false emit("string.find(base, base, '2^31', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", string.rep("x", 100000), false emit("string.find(base, base, huge, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, false emit("string.find(base, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {1, 2, 3}, false emit("string.find(base, base, {1,2,3}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__index = function(t, k) return k end}), false emit("string.find(base, base, {__index}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__tostring = function() return "T" end}), false emit("string.find(base, base, {__tostring}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__tostring = function() return {} end}), false emit("string.find(base, base, {__tostring bad}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({1, 2}, {__len = function() return 10 end}), false emit("string.find(base, base, {__len}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__call = function(self, ...) return "called", ... end}), false emit("string.find(base, base, {__call}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__metatable = "locked"}), false emit("string.find(base, base, {__metatable}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), false emit("string.find(base, base, {__eq __lt __concat}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), false emit("string.find(base, base, {__index table}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, false emit("string.find(base, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", math.max, false emit("string.find(base, base, C function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", coroutine.create(function() end), false emit("string.find(base, base, thread, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", newproxy(), false emit("string.find(base, base, userdata, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), false emit("string.find(base, base, userdata with metatable, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2, false emit("string.find(base, base, 2, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 3, false emit("string.find(base, base, 3, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2, false emit("string.find(base, base, -2, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 100, false emit("string.find(base, base, 100, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^30, false emit("string.find(base, base, 2^30, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2.9, false emit("string.find(base, base, 2.9, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2.9, false emit("string.find(base, base, -2.9, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
