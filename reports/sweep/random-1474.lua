-- Library-argument sweep ferrous-conformance run --sweep: random-1474
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, ": 0x%x+", ": ADDRESS"))
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
do local a1 = "0x" emit("math.frexp('0x')", pcall(function() return math.frexp(a1) end)) end
do local a1 = string.rep("x", 100000) emit("string.byte(huge)", pcall(function() return string.byte(a1) end)) end
do local a1 = -1/0 emit("math.acos(-inf)", pcall(function() return math.acos(a1) end)) end
do emit("math.acos()", pcall(function() return math.acos() end)) end
do emit("math.log()", pcall(function() return math.log() end)) end
do local a1 = 2^-1074 emit("math.ldexp(2^-1074)", pcall(function() return math.ldexp(a1) end)) end
do local a1, a2, a3, a4 = {"a", "b"}, 100, false, setmetatable({}, {__metatable = "locked"}) emit("unpack({'a','b'}, 100, false, {__metatable})", pcall(function() return unpack(a1, a2, a3, a4) end)) end
do local a1 = 0.5 emit("table.insert(0.5)", pcall(function() return table.insert(a1) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {1, {}}, setmetatable({}, {__call = function(self, ...) return "called", ... end}), " inf" emit("table.sort({1,{}}, {__call}, 'inf')", pcall(function() return table.sort(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do emit("tostring()", pcall(function() return tostring() end)) end
do local a1, a2 = -2^31, "0x" emit("debug.setlocal(-2^31, '0x')", pcall(function() return debug.setlocal(a1, a2) end)) end
do local a1 = string.rep("x", 100000) emit("newproxy(huge)", pcall(function() return newproxy(a1) end)) end
do local a1, a2 = -2^31, 0 emit("math.atan(-2^31, 0)", pcall(function() return math.atan(a1, a2) end)) end
do local a1, a2 = true, -1/0 emit("math.randomseed(true, -inf)", pcall(function() return math.randomseed(a1, a2) end)) end
