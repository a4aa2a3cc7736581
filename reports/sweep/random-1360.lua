-- Library-argument sweep ferrous-conformance run --sweep: random-1360
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
do
  local original, type = tostring, type
  tostring = function(value)
    local text = original(value)
    if type(text) == "string" then text = mask(text) end
    return text
  end
end
do local a1 = false emit("xpcall(false)", pcall(function() return xpcall(a1) end)) end
do emit("math.frexp()", pcall(function() return math.frexp() end)) end
do emit("load()", pcall(function() return load() end)) end
do emit("next()", pcall(function() return next() end)) end
do local a1 = -2^31 emit("rawset(-2^31)", pcall(function() return rawset(a1) end)) emit("  argument 1 after", a1) end
do emit("math.cosh()", pcall(function() return math.cosh() end)) end
do local a1 = "0x" emit("table.setn('0x')", pcall(function() return table.setn(a1) end)) emit("  argument 1 after", a1) end
do local a1 = {1, 2, 3} emit("string.match({1,2,3})", pcall(function() return string.match(a1) end)) end
do local a1 = "-1" emit("debug.getlocal('-1')", pcall(function() return debug.getlocal(a1) end)) end
do emit("print()", pcall(function() return print() end)) end
do emit("pairs()", pcall(function() return pairs() end)) end
