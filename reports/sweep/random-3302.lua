-- Library-argument sweep ferrous-conformance run --sweep: random-3302
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
do local a1, a2 = -2^31, 1 emit("debug.getlocal(-2^31, 1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "-1" emit("tostring({__tostring}, '-1')", pcall(function() return tostring(a1, a2) end)) end
do emit("math.sin()", pcall(function() return math.sin() end)) end
do local a1 = nil emit("coroutine.wrap(nil)", pcall(function() return coroutine.wrap(a1) end)) end
do emit_types("string.dump()", pcall(function() return string.dump() end)) end
do emit("math.max()", pcall(function() return math.max() end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("rawget({__index table})", pcall(function() return rawget(a1) end)) end
do local a1 = -2^31-1 emit("table.foreachi(-2^31-1, missing)", pcall(function() return table.foreachi(a1) end)) end
do emit("math.min()", pcall(function() return math.min() end)) end
do local a1, a2 = "0x", setmetatable({}, {__tostring = function() return "T" end}) emit("rawequal('0x', {__tostring})", pcall(function() return rawequal(a1, a2) end)) end
do emit("math.min()", pcall(function() return math.min() end)) end
do emit("pcall()", pcall(function() return pcall() end)) end
do local a1, a2, a3, a4 = "-1", setmetatable({}, {__metatable = "locked"}), "-1", "" emit("select('-1', {__metatable}, '-1', empty)", pcall(function() return select(a1, a2, a3, a4) end)) end
do local a1, a2 = "a\0b", 2^32+1 emit("table.foreach(nul, 2^32+1)", pcall(function() return table.foreach(a1, a2) end)) end
do emit("string.len()", pcall(function() return string.len() end)) end
