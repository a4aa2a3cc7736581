-- Library-argument sweep ferrous-conformance run --sweep: coroutine.status/arg1
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
do emit("coroutine.status(missing)", pcall(function() return coroutine.status() end)) end
do local a1 = nil emit("coroutine.status(nil)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = true emit("coroutine.status(true)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = false emit("coroutine.status(false)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 0 emit("coroutine.status(0)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -(function() return 0 end)() emit("coroutine.status(-0)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 1 emit("coroutine.status(1)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -1 emit("coroutine.status(-1)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -3 emit("coroutine.status(-3)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 0.5 emit("coroutine.status(0.5)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -0.5 emit("coroutine.status(-0.5)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 1.5 emit("coroutine.status(1.5)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 0/0 emit("coroutine.status(nan)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 1/0 emit("coroutine.status(inf)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -1/0 emit("coroutine.status(-inf)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 2^31 emit("coroutine.status(2^31)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 2^31-1 emit("coroutine.status(2^31-1)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -2^31 emit("coroutine.status(-2^31)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -2^31-1 emit("coroutine.status(-2^31-1)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 2^32+1 emit("coroutine.status(2^32+1)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 2^53 emit("coroutine.status(2^53)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 2^63 emit("coroutine.status(2^63)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 1e300 emit("coroutine.status(1e300)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = -1e300 emit("coroutine.status(-1e300)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 255 emit("coroutine.status(255)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = 256 emit("coroutine.status(256)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "" emit("coroutine.status(empty)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "abc" emit("coroutine.status(abc)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "a\0b" emit("coroutine.status(nul)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = " 10 " emit("coroutine.status(' 10 ')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "0x10" emit("coroutine.status('0x10')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "1e2" emit("coroutine.status('1e2')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "-1" emit("coroutine.status('-1')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "nan" emit("coroutine.status('nan')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = " inf" emit("coroutine.status('inf')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "0x" emit("coroutine.status('0x')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = "2147483648" emit("coroutine.status('2^31')", pcall(function() return coroutine.status(a1) end)) end
do local a1 = string.rep("x", 100000) emit("coroutine.status(huge)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = {} emit("coroutine.status({})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = {1, 2, 3} emit("coroutine.status({1,2,3})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("coroutine.status({__index})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("coroutine.status({__tostring})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("coroutine.status({__tostring bad})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("coroutine.status({__len})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("coroutine.status({__call})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("coroutine.status({__metatable})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("coroutine.status({__eq __lt __concat})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("coroutine.status({__index table})", pcall(function() return coroutine.status(a1) end)) end
do local a1 = function() end emit("coroutine.status(function)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = math.max emit("coroutine.status(C function)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = coroutine.create(function() end) emit("coroutine.status(thread)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = newproxy() emit("coroutine.status(userdata)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("coroutine.status(userdata with metatable)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = coroutine.create(function(...) coroutine.yield(...) return "done" end) emit("coroutine.status(suspended)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = (function() local co = coroutine.create(function() end) coroutine.resume(co) return co end)() emit("coroutine.status(dead)", pcall(function() return coroutine.status(a1) end)) end
do local a1 = (function() local co = coroutine.create(function() error("x") end) coroutine.resume(co) return co end)() emit("coroutine.status(errored)", pcall(function() return coroutine.status(a1) end)) end
