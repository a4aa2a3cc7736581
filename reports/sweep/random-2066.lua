-- Library-argument sweep ferrous-conformance run --sweep: random-2066
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
do emit("table.remove()", pcall(function() return table.remove() end)) end
do local a1 = 1e15 emit("math.atan(1e15)", pcall(function() return math.atan(a1) end)) end
do emit("collectgarbage()", pcall(function() return collectgarbage() end)) end
do local a1, a2 = function() end, {1, 2, 3} emit("math.sin(function, {1,2,3})", pcall(function() return math.sin(a1, a2) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("math.cosh({__tostring})", pcall(function() return math.cosh(a1) end)) end
do local a1, a2 = function() end, {} emit("tonumber(function, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1 = "2147483648" emit("debug.getlocal('2^31')", pcall(function() return debug.getlocal(a1) end)) end
do emit("debug.setupvalue()", pcall(function() return debug.setupvalue() end)) end
do local a1, a2, a3, a4 = "a\0b", "%\0", -2, true emit("string.match(nul, '%'..nul, -2, true)", pcall(function() return string.match(a1, a2, a3, a4) end)) end
do emit("string.byte()", pcall(function() return string.byte() end)) end
