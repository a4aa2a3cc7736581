-- Library-argument sweep ferrous-conformance run --sweep: collectgarbage/arg2
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
do local a1 = "collect" emit("collectgarbage(base, missing)", pcall(function() return collectgarbage(a1) end)) end
do local a1, a2 = "collect", nil emit("collectgarbage(base, nil)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", true emit("collectgarbage(base, true)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", false emit("collectgarbage(base, false)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 0 emit("collectgarbage(base, 0)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -(function() return 0 end)() emit("collectgarbage(base, -0)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 1 emit("collectgarbage(base, 1)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -1 emit("collectgarbage(base, -1)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -3 emit("collectgarbage(base, -3)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 0.5 emit("collectgarbage(base, 0.5)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -0.5 emit("collectgarbage(base, -0.5)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 1.5 emit("collectgarbage(base, 1.5)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 0/0 emit("collectgarbage(base, nan)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 1/0 emit("collectgarbage(base, inf)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -1/0 emit("collectgarbage(base, -inf)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2^31 emit("collectgarbage(base, 2^31)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2^31-1 emit("collectgarbage(base, 2^31-1)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -2^31 emit("collectgarbage(base, -2^31)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -2^31-1 emit("collectgarbage(base, -2^31-1)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2^32+1 emit("collectgarbage(base, 2^32+1)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2^53 emit("collectgarbage(base, 2^53)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2^63 emit("collectgarbage(base, 2^63)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 1e300 emit("collectgarbage(base, 1e300)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -1e300 emit("collectgarbage(base, -1e300)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 255 emit("collectgarbage(base, 255)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 256 emit("collectgarbage(base, 256)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "" emit("collectgarbage(base, empty)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "abc" emit("collectgarbage(base, abc)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "a\0b" emit("collectgarbage(base, nul)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", " 10 " emit("collectgarbage(base, ' 10 ')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "0x10" emit("collectgarbage(base, '0x10')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "1e2" emit("collectgarbage(base, '1e2')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "-1" emit("collectgarbage(base, '-1')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "nan" emit("collectgarbage(base, 'nan')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", " inf" emit("collectgarbage(base, 'inf')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "0x" emit("collectgarbage(base, '0x')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", "2147483648" emit("collectgarbage(base, '2^31')", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", string.rep("x", 100000) emit("collectgarbage(base, huge)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", {} emit("collectgarbage(base, {})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", {1, 2, 3} emit("collectgarbage(base, {1,2,3})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__index = function(t, k) return k end}) emit("collectgarbage(base, {__index})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__tostring = function() return "T" end}) emit("collectgarbage(base, {__tostring})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__tostring = function() return {} end}) emit("collectgarbage(base, {__tostring bad})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({1, 2}, {__len = function() return 10 end}) emit("collectgarbage(base, {__len})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("collectgarbage(base, {__call})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__metatable = "locked"}) emit("collectgarbage(base, {__metatable})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("collectgarbage(base, {__eq __lt __concat})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("collectgarbage(base, {__index table})", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", function() end emit("collectgarbage(base, function)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", math.max emit("collectgarbage(base, C function)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", coroutine.create(function() end) emit("collectgarbage(base, thread)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", newproxy() emit("collectgarbage(base, userdata)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("collectgarbage(base, userdata with metatable)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2 emit("collectgarbage(base, 2)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 3 emit("collectgarbage(base, 3)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -2 emit("collectgarbage(base, -2)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 100 emit("collectgarbage(base, 100)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2^30 emit("collectgarbage(base, 2^30)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", 2.9 emit("collectgarbage(base, 2.9)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1, a2 = "collect", -2.9 emit("collectgarbage(base, -2.9)", pcall(function() return collectgarbage(a1, a2) end)) end
