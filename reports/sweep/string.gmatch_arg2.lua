-- Library-argument sweep ferrous-conformance run --sweep: string.gmatch/arg2
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
do local a1 = "abc" emit("string.gmatch(base, missing)", pcall(function() return string.gmatch(a1) end)) end
do local a1, a2 = "abc", nil emit("string.gmatch(base, nil)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", true emit("string.gmatch(base, true)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", false emit("string.gmatch(base, false)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 0 emit("string.gmatch(base, 0)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -(function() return 0 end)() emit("string.gmatch(base, -0)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 1 emit("string.gmatch(base, 1)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("string.gmatch(base, -1)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -3 emit("string.gmatch(base, -3)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("string.gmatch(base, 0.5)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -0.5 emit("string.gmatch(base, -0.5)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 1.5 emit("string.gmatch(base, 1.5)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("string.gmatch(base, nan)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 1/0 emit("string.gmatch(base, inf)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -1/0 emit("string.gmatch(base, -inf)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("string.gmatch(base, 2^31)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 2^31-1 emit("string.gmatch(base, 2^31-1)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("string.gmatch(base, -2^31)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -2^31-1 emit("string.gmatch(base, -2^31-1)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 2^32+1 emit("string.gmatch(base, 2^32+1)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 2^53 emit("string.gmatch(base, 2^53)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 2^63 emit("string.gmatch(base, 2^63)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 1e300 emit("string.gmatch(base, 1e300)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", -1e300 emit("string.gmatch(base, -1e300)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 255 emit("string.gmatch(base, 255)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", 256 emit("string.gmatch(base, 256)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "" emit("string.gmatch(base, empty)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("string.gmatch(base, abc)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "a\0b" emit("string.gmatch(base, nul)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", " 10 " emit("string.gmatch(base, ' 10 ')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "0x10" emit("string.gmatch(base, '0x10')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("string.gmatch(base, '1e2')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "-1" emit("string.gmatch(base, '-1')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "nan" emit("string.gmatch(base, 'nan')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", " inf" emit("string.gmatch(base, 'inf')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "0x" emit("string.gmatch(base, '0x')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "2147483648" emit("string.gmatch(base, '2^31')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", string.rep("x", 100000) emit("string.gmatch(base, huge)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("string.gmatch(base, {})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", {1, 2, 3} emit("string.gmatch(base, {1,2,3})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__index = function(t, k) return k end}) emit("string.gmatch(base, {__index})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__tostring = function() return "T" end}) emit("string.gmatch(base, {__tostring})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__tostring = function() return {} end}) emit("string.gmatch(base, {__tostring bad})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({1, 2}, {__len = function() return 10 end}) emit("string.gmatch(base, {__len})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("string.gmatch(base, {__call})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__metatable = "locked"}) emit("string.gmatch(base, {__metatable})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.gmatch(base, {__eq __lt __concat})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.gmatch(base, {__index table})", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("string.gmatch(base, function)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", math.max emit("string.gmatch(base, C function)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", coroutine.create(function() end) emit("string.gmatch(base, thread)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", newproxy() emit("string.gmatch(base, userdata)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("string.gmatch(base, userdata with metatable)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "(" emit("string.gmatch(base, '(')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%" emit("string.gmatch(base, '%')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "[a" emit("string.gmatch(base, '[a')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%b" emit("string.gmatch(base, '%b')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%bxy" emit("string.gmatch(base, '%bxy')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%f[%a]" emit("string.gmatch(base, '%f[%a]')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%f" emit("string.gmatch(base, '%f')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%1" emit("string.gmatch(base, '%1')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "(()" emit("string.gmatch(base, '(()')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "[^]]" emit("string.gmatch(base, '[^]]')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "a-" emit("string.gmatch(base, 'a-')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", ".-$" emit("string.gmatch(base, '.-$')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "^(a*)$" emit("string.gmatch(base, '^(a*)$')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "[%a-z]" emit("string.gmatch(base, '[%a-z]')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "[a-%%]" emit("string.gmatch(base, '[a-%%]')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%z" emit("string.gmatch(base, '%z')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "[]" emit("string.gmatch(base, '[]')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "()" emit("string.gmatch(base, '()')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "(.)%1" emit("string.gmatch(base, '(.)%1')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%g" emit("string.gmatch(base, '%g')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", string.rep("(a)", 33) emit("string.gmatch(base, 33 captures)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "%\0" emit("string.gmatch(base, '%'..nul)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", ".*" emit("string.gmatch(base, '.*')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1, a2 = "abc", "x*" emit("string.gmatch(base, 'x*')", pcall(function() return string.gmatch(a1, a2) end)) end
