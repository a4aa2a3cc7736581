-- Library-argument sweep ferrous-conformance run --sweep: xpcall/arg3
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
do local a1, a2 = function() error("e") end, function(m) return "handled: " .. tostring(m) end emit("xpcall(base, base, missing)", pcall(function() return xpcall(a1, a2) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, nil emit("xpcall(base, base, nil)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, true emit("xpcall(base, base, true)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, false emit("xpcall(base, base, false)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 0 emit("xpcall(base, base, 0)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -(function() return 0 end)() emit("xpcall(base, base, -0)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 1 emit("xpcall(base, base, 1)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -1 emit("xpcall(base, base, -1)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -3 emit("xpcall(base, base, -3)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 0.5 emit("xpcall(base, base, 0.5)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -0.5 emit("xpcall(base, base, -0.5)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 1.5 emit("xpcall(base, base, 1.5)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 0/0 emit("xpcall(base, base, nan)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 1/0 emit("xpcall(base, base, inf)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -1/0 emit("xpcall(base, base, -inf)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 2^31 emit("xpcall(base, base, 2^31)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 2^31-1 emit("xpcall(base, base, 2^31-1)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -2^31 emit("xpcall(base, base, -2^31)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -2^31-1 emit("xpcall(base, base, -2^31-1)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 2^32+1 emit("xpcall(base, base, 2^32+1)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 2^53 emit("xpcall(base, base, 2^53)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 2^63 emit("xpcall(base, base, 2^63)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 1e300 emit("xpcall(base, base, 1e300)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, -1e300 emit("xpcall(base, base, -1e300)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 255 emit("xpcall(base, base, 255)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, 256 emit("xpcall(base, base, 256)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "" emit("xpcall(base, base, empty)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "abc" emit("xpcall(base, base, abc)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "a\0b" emit("xpcall(base, base, nul)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, " 10 " emit("xpcall(base, base, ' 10 ')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "0x10" emit("xpcall(base, base, '0x10')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "1e2" emit("xpcall(base, base, '1e2')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "-1" emit("xpcall(base, base, '-1')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "nan" emit("xpcall(base, base, 'nan')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, " inf" emit("xpcall(base, base, 'inf')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "0x" emit("xpcall(base, base, '0x')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, "2147483648" emit("xpcall(base, base, '2^31')", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, string.rep("x", 100000) emit("xpcall(base, base, huge)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, {} emit("xpcall(base, base, {})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, {1, 2, 3} emit("xpcall(base, base, {1,2,3})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__index = function(t, k) return k end}) emit("xpcall(base, base, {__index})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__tostring = function() return "T" end}) emit("xpcall(base, base, {__tostring})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__tostring = function() return {} end}) emit("xpcall(base, base, {__tostring bad})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({1, 2}, {__len = function() return 10 end}) emit("xpcall(base, base, {__len})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("xpcall(base, base, {__call})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__metatable = "locked"}) emit("xpcall(base, base, {__metatable})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("xpcall(base, base, {__eq __lt __concat})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("xpcall(base, base, {__index table})", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, function() end emit("xpcall(base, base, function)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, math.max emit("xpcall(base, base, C function)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, coroutine.create(function() end) emit("xpcall(base, base, thread)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, newproxy() emit("xpcall(base, base, userdata)", pcall(function() return xpcall(a1, a2, a3) end)) end
do local a1, a2, a3 = function() error("e") end, function(m) return "handled: " .. tostring(m) end, (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("xpcall(base, base, userdata with metatable)", pcall(function() return xpcall(a1, a2, a3) end)) end
