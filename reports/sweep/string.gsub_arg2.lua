-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg2
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
do local a1 = "abc" emit("string.gsub(base, missing)", pcall(function() return string.gsub(a1) end)) end
do local a1, a2, a3, a4 = "abc", nil, "%0%0", 1 emit("string.gsub(base, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, "%0%0", 1 emit("string.gsub(base, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", false, "%0%0", 1 emit("string.gsub(base, false, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0, "%0%0", 1 emit("string.gsub(base, 0, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -(function() return 0 end)(), "%0%0", 1 emit("string.gsub(base, -0, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1, "%0%0", 1 emit("string.gsub(base, 1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, "%0%0", 1 emit("string.gsub(base, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -3, "%0%0", 1 emit("string.gsub(base, -3, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, "%0%0", 1 emit("string.gsub(base, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -0.5, "%0%0", 1 emit("string.gsub(base, -0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1.5, "%0%0", 1 emit("string.gsub(base, 1.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, "%0%0", 1 emit("string.gsub(base, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1/0, "%0%0", 1 emit("string.gsub(base, inf, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1/0, "%0%0", 1 emit("string.gsub(base, -inf, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, "%0%0", 1 emit("string.gsub(base, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31-1, "%0%0", 1 emit("string.gsub(base, 2^31-1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, "%0%0", 1 emit("string.gsub(base, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31-1, "%0%0", 1 emit("string.gsub(base, -2^31-1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^32+1, "%0%0", 1 emit("string.gsub(base, 2^32+1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^53, "%0%0", 1 emit("string.gsub(base, 2^53, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^63, "%0%0", 1 emit("string.gsub(base, 2^63, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 1e300, "%0%0", 1 emit("string.gsub(base, 1e300, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1e300, "%0%0", 1 emit("string.gsub(base, -1e300, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 255, "%0%0", 1 emit("string.gsub(base, 255, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 256, "%0%0", 1 emit("string.gsub(base, 256, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "", "%0%0", 1 emit("string.gsub(base, empty, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", "%0%0", 1 emit("string.gsub(base, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "a\0b", "%0%0", 1 emit("string.gsub(base, nul, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", " 10 ", "%0%0", 1 emit("string.gsub(base, ' 10 ', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "0x10", "%0%0", 1 emit("string.gsub(base, '0x10', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", "%0%0", 1 emit("string.gsub(base, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "-1", "%0%0", 1 emit("string.gsub(base, '-1', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "nan", "%0%0", 1 emit("string.gsub(base, 'nan', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", " inf", "%0%0", 1 emit("string.gsub(base, 'inf', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "0x", "%0%0", 1 emit("string.gsub(base, '0x', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "2147483648", "%0%0", 1 emit("string.gsub(base, '2^31', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", string.rep("x", 100000), "%0%0", 1 emit("string.gsub(base, huge, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, "%0%0", 1 emit("string.gsub(base, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {1, 2, 3}, "%0%0", 1 emit("string.gsub(base, {1,2,3}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__index = function(t, k) return k end}), "%0%0", 1 emit("string.gsub(base, {__index}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__tostring = function() return "T" end}), "%0%0", 1 emit("string.gsub(base, {__tostring}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__tostring = function() return {} end}), "%0%0", 1 emit("string.gsub(base, {__tostring bad}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({1, 2}, {__len = function() return 10 end}), "%0%0", 1 emit("string.gsub(base, {__len}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__call = function(self, ...) return "called", ... end}), "%0%0", 1 emit("string.gsub(base, {__call}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__metatable = "locked"}), "%0%0", 1 emit("string.gsub(base, {__metatable}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), "%0%0", 1 emit("string.gsub(base, {__eq __lt __concat}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), "%0%0", 1 emit("string.gsub(base, {__index table}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, "%0%0", 1 emit("string.gsub(base, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", math.max, "%0%0", 1 emit("string.gsub(base, C function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", coroutine.create(function() end), "%0%0", 1 emit("string.gsub(base, thread, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", newproxy(), "%0%0", 1 emit("string.gsub(base, userdata, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "%0%0", 1 emit("string.gsub(base, userdata with metatable, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "(", "%0%0", 1 emit("string.gsub(base, '(', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%", "%0%0", 1 emit("string.gsub(base, '%', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[a", "%0%0", 1 emit("string.gsub(base, '[a', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%b", "%0%0", 1 emit("string.gsub(base, '%b', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%bxy", "%0%0", 1 emit("string.gsub(base, '%bxy', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%f[%a]", "%0%0", 1 emit("string.gsub(base, '%f[%a]', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%f", "%0%0", 1 emit("string.gsub(base, '%f', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%1", "%0%0", 1 emit("string.gsub(base, '%1', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "(()", "%0%0", 1 emit("string.gsub(base, '(()', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[^]]", "%0%0", 1 emit("string.gsub(base, '[^]]', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "a-", "%0%0", 1 emit("string.gsub(base, 'a-', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ".-$", "%0%0", 1 emit("string.gsub(base, '.-$', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "^(a*)$", "%0%0", 1 emit("string.gsub(base, '^(a*)$', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[%a-z]", "%0%0", 1 emit("string.gsub(base, '[%a-z]', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[a-%%]", "%0%0", 1 emit("string.gsub(base, '[a-%%]', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%z", "%0%0", 1 emit("string.gsub(base, '%z', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "[]", "%0%0", 1 emit("string.gsub(base, '[]', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "()", "%0%0", 1 emit("string.gsub(base, '()', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "(.)%1", "%0%0", 1 emit("string.gsub(base, '(.)%1', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%g", "%0%0", 1 emit("string.gsub(base, '%g', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", string.rep("(a)", 33), "%0%0", 1 emit("string.gsub(base, 33 captures, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "%\0", "%0%0", 1 emit("string.gsub(base, '%'..nul, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ".*", "%0%0", 1 emit("string.gsub(base, '.*', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "x*", "%0%0", 1 emit("string.gsub(base, 'x*', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
