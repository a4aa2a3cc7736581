-- Library-argument sweep ferrous-conformance run --sweep: random-1323
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
do local a1, a2 = 1.5, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("string.match(1.5, {__call})", pcall(function() return string.match(a1, a2) end)) end
do local a1, a2, a3, a4, a5 = {"a", "b"}, "", 1/0, 1, 1 emit("table.concat({'a','b'}, empty, inf, 1, 1)", pcall(function() return table.concat(a1, a2, a3, a4, a5) end)) end
do local a1 = 2^63 emit("debug.traceback(2^63)", pcall(function() return debug.traceback(a1) end)) end
do local a1 = 0.5 emit("coroutine.status(0.5)", pcall(function() return coroutine.status(a1) end)) end
do local a1, a2 = string.rep("x", 100000), false emit("string.gsub(huge, false)", pcall(function() return string.gsub(a1, a2) end)) end
do local a1, a2, a3 = coroutine.create(function() end), -2.9, "0x" emit("debug.setlocal(thread, -2.9, '0x')", pcall(function() return debug.setlocal(a1, a2, a3) end)) end
do emit("string.format()", pcall(function() return string.format() end)) end
do local a1 = {1, 2, 3} emit("string.find({1,2,3})", pcall(function() return string.find(a1) end)) end
do local a1, a2, a3 = -2^31, 1/0, {} emit("debug.getinfo(-2^31, inf, {})", pcall(function() return debug.getinfo(a1, a2, a3) end)) end
do local a1, a2 = 2^32+1, 0.5 emit("string.upper(2^32+1, 0.5)", pcall(function() return string.upper(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = function(t, k) return k end}), 2^32+1 emit("select({__index}, 2^32+1, missing)", pcall(function() return select(a1, a2) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("math.max({__tostring})", pcall(function() return math.max(a1) end)) end
