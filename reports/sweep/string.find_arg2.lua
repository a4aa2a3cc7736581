-- Library-argument sweep ferrous-conformance run --sweep: string.find/arg2
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
do local a1 = "abc" emit("string.find(base, missing)", pcall(function() return string.find(a1) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, false emit("string.find(base, nil, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, false emit("string.find(base, true, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", false, 1, false emit("string.find(base, false, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0, 1, false emit("string.find(base, 0, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -(function() return 0 end)(), 1, false emit("string.find(base, -0, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1, 1, false emit("string.find(base, 1, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, false emit("string.find(base, -1, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -3, 1, false emit("string.find(base, -3, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, false emit("string.find(base, 0.5, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -0.5, 1, false emit("string.find(base, -0.5, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1.5, 1, false emit("string.find(base, 1.5, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, false emit("string.find(base, nan, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1/0, 1, false emit("string.find(base, inf, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1/0, 1, false emit("string.find(base, -inf, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, false emit("string.find(base, 2^31, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31-1, 1, false emit("string.find(base, 2^31-1, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, false emit("string.find(base, -2^31, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31-1, 1, false emit("string.find(base, -2^31-1, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^32+1, 1, false emit("string.find(base, 2^32+1, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^53, 1, false emit("string.find(base, 2^53, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^63, 1, false emit("string.find(base, 2^63, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1e300, 1, false emit("string.find(base, 1e300, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1e300, 1, false emit("string.find(base, -1e300, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 255, 1, false emit("string.find(base, 255, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 256, 1, false emit("string.find(base, 256, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "", 1, false emit("string.find(base, empty, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, false emit("string.find(base, abc, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "a\0b", 1, false emit("string.find(base, nul, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", " 10 ", 1, false emit("string.find(base, ' 10 ', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "0x10", 1, false emit("string.find(base, '0x10', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, false emit("string.find(base, '1e2', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "-1", 1, false emit("string.find(base, '-1', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "nan", 1, false emit("string.find(base, 'nan', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", " inf", 1, false emit("string.find(base, 'inf', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "0x", 1, false emit("string.find(base, '0x', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "2147483648", 1, false emit("string.find(base, '2^31', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", string.rep("x", 100000), 1, false emit("string.find(base, huge, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, false emit("string.find(base, {}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {1, 2, 3}, 1, false emit("string.find(base, {1,2,3}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__index = function(t, k) return k end}), 1, false emit("string.find(base, {__index}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__tostring = function() return "T" end}), 1, false emit("string.find(base, {__tostring}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__tostring = function() return {} end}), 1, false emit("string.find(base, {__tostring bad}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({1, 2}, {__len = function() return 10 end}), 1, false emit("string.find(base, {__len}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1, false emit("string.find(base, {__call}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__metatable = "locked"}), 1, false emit("string.find(base, {__metatable}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1, false emit("string.find(base, {__eq __lt __concat}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 1, false emit("string.find(base, {__index table}, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, false emit("string.find(base, function, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", math.max, 1, false emit("string.find(base, C function, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", coroutine.create(function() end), 1, false emit("string.find(base, thread, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", newproxy(), 1, false emit("string.find(base, userdata, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 1, false emit("string.find(base, userdata with metatable, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "(", 1, false emit("string.find(base, '(', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%", 1, false emit("string.find(base, '%', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[a", 1, false emit("string.find(base, '[a', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%b", 1, false emit("string.find(base, '%b', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%bxy", 1, false emit("string.find(base, '%bxy', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%f[%a]", 1, false emit("string.find(base, '%f[%a]', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%f", 1, false emit("string.find(base, '%f', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%1", 1, false emit("string.find(base, '%1', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "(()", 1, false emit("string.find(base, '(()', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[^]]", 1, false emit("string.find(base, '[^]]', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "a-", 1, false emit("string.find(base, 'a-', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ".-$", 1, false emit("string.find(base, '.-$', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "^(a*)$", 1, false emit("string.find(base, '^(a*)$', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[%a-z]", 1, false emit("string.find(base, '[%a-z]', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[a-%%]", 1, false emit("string.find(base, '[a-%%]', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%z", 1, false emit("string.find(base, '%z', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[]", 1, false emit("string.find(base, '[]', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "()", 1, false emit("string.find(base, '()', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "(.)%1", 1, false emit("string.find(base, '(.)%1', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%g", 1, false emit("string.find(base, '%g', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", string.rep("(a)", 33), 1, false emit("string.find(base, 33 captures, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%\0", 1, false emit("string.find(base, '%'..nul, base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ".*", 1, false emit("string.find(base, '.*', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "x*", 1, false emit("string.find(base, 'x*', base, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
