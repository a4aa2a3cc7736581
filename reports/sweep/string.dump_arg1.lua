-- Library-argument sweep ferrous-conformance run --sweep: string.dump/arg1
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
do emit_types("string.dump(missing)", pcall(function() return string.dump() end)) end
do local a1 = nil emit_types("string.dump(nil)", pcall(function() return string.dump(a1) end)) end
do local a1 = true emit_types("string.dump(true)", pcall(function() return string.dump(a1) end)) end
do local a1 = false emit_types("string.dump(false)", pcall(function() return string.dump(a1) end)) end
do local a1 = 0 emit_types("string.dump(0)", pcall(function() return string.dump(a1) end)) end
do local a1 = -(function() return 0 end)() emit_types("string.dump(-0)", pcall(function() return string.dump(a1) end)) end
do local a1 = 1 emit_types("string.dump(1)", pcall(function() return string.dump(a1) end)) end
do local a1 = -1 emit_types("string.dump(-1)", pcall(function() return string.dump(a1) end)) end
do local a1 = -3 emit_types("string.dump(-3)", pcall(function() return string.dump(a1) end)) end
do local a1 = 0.5 emit_types("string.dump(0.5)", pcall(function() return string.dump(a1) end)) end
do local a1 = -0.5 emit_types("string.dump(-0.5)", pcall(function() return string.dump(a1) end)) end
do local a1 = 1.5 emit_types("string.dump(1.5)", pcall(function() return string.dump(a1) end)) end
do local a1 = 0/0 emit_types("string.dump(nan)", pcall(function() return string.dump(a1) end)) end
do local a1 = 1/0 emit_types("string.dump(inf)", pcall(function() return string.dump(a1) end)) end
do local a1 = -1/0 emit_types("string.dump(-inf)", pcall(function() return string.dump(a1) end)) end
do local a1 = 2^31 emit_types("string.dump(2^31)", pcall(function() return string.dump(a1) end)) end
do local a1 = 2^31-1 emit_types("string.dump(2^31-1)", pcall(function() return string.dump(a1) end)) end
do local a1 = -2^31 emit_types("string.dump(-2^31)", pcall(function() return string.dump(a1) end)) end
do local a1 = -2^31-1 emit_types("string.dump(-2^31-1)", pcall(function() return string.dump(a1) end)) end
do local a1 = 2^32+1 emit_types("string.dump(2^32+1)", pcall(function() return string.dump(a1) end)) end
do local a1 = 2^53 emit_types("string.dump(2^53)", pcall(function() return string.dump(a1) end)) end
do local a1 = 2^63 emit_types("string.dump(2^63)", pcall(function() return string.dump(a1) end)) end
do local a1 = 1e300 emit_types("string.dump(1e300)", pcall(function() return string.dump(a1) end)) end
do local a1 = -1e300 emit_types("string.dump(-1e300)", pcall(function() return string.dump(a1) end)) end
do local a1 = 255 emit_types("string.dump(255)", pcall(function() return string.dump(a1) end)) end
do local a1 = 256 emit_types("string.dump(256)", pcall(function() return string.dump(a1) end)) end
do local a1 = "" emit_types("string.dump(empty)", pcall(function() return string.dump(a1) end)) end
do local a1 = "abc" emit_types("string.dump(abc)", pcall(function() return string.dump(a1) end)) end
do local a1 = "a\0b" emit_types("string.dump(nul)", pcall(function() return string.dump(a1) end)) end
do local a1 = " 10 " emit_types("string.dump(' 10 ')", pcall(function() return string.dump(a1) end)) end
do local a1 = "0x10" emit_types("string.dump('0x10')", pcall(function() return string.dump(a1) end)) end
do local a1 = "1e2" emit_types("string.dump('1e2')", pcall(function() return string.dump(a1) end)) end
do local a1 = "-1" emit_types("string.dump('-1')", pcall(function() return string.dump(a1) end)) end
do local a1 = "nan" emit_types("string.dump('nan')", pcall(function() return string.dump(a1) end)) end
do local a1 = " inf" emit_types("string.dump('inf')", pcall(function() return string.dump(a1) end)) end
do local a1 = "0x" emit_types("string.dump('0x')", pcall(function() return string.dump(a1) end)) end
do local a1 = "2147483648" emit_types("string.dump('2^31')", pcall(function() return string.dump(a1) end)) end
do local a1 = string.rep("x", 100000) emit_types("string.dump(huge)", pcall(function() return string.dump(a1) end)) end
do local a1 = {} emit_types("string.dump({})", pcall(function() return string.dump(a1) end)) end
do local a1 = {1, 2, 3} emit_types("string.dump({1,2,3})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit_types("string.dump({__index})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit_types("string.dump({__tostring})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit_types("string.dump({__tostring bad})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit_types("string.dump({__len})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit_types("string.dump({__call})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit_types("string.dump({__metatable})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit_types("string.dump({__eq __lt __concat})", pcall(function() return string.dump(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit_types("string.dump({__index table})", pcall(function() return string.dump(a1) end)) end
do local a1 = function() end emit_types("string.dump(function)", pcall(function() return string.dump(a1) end)) end
do local a1 = math.max emit_types("string.dump(C function)", pcall(function() return string.dump(a1) end)) end
do local a1 = coroutine.create(function() end) emit_types("string.dump(thread)", pcall(function() return string.dump(a1) end)) end
do local a1 = newproxy() emit_types("string.dump(userdata)", pcall(function() return string.dump(a1) end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit_types("string.dump(userdata with metatable)", pcall(function() return string.dump(a1) end)) end
do local a1 = function(...) return ... end emit_types("string.dump(identity)", pcall(function() return string.dump(a1) end)) end
do local a1 = function() error("boom") end emit_types("string.dump(raises string)", pcall(function() return string.dump(a1) end)) end
do local a1 = function() error({code = 1}) end emit_types("string.dump(raises table)", pcall(function() return string.dump(a1) end)) end
do local a1 = function() error() end emit_types("string.dump(raises nil)", pcall(function() return string.dump(a1) end)) end
do local a1 = function(...) return coroutine.yield(...) end emit_types("string.dump(yields)", pcall(function() return string.dump(a1) end)) end
do local a1 = function() return end emit_types("string.dump(returns nothing)", pcall(function() return string.dump(a1) end)) end
do local a1 = function(a, b) return a < b end emit_types("string.dump(less-than)", pcall(function() return string.dump(a1) end)) end
do local a1 = error emit_types("string.dump(C error)", pcall(function() return string.dump(a1) end)) end
