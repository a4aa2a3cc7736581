-- Library-argument sweep ferrous-conformance run --sweep: random-3547
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
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), " inf" emit("math.log10({__len}, 'inf')", pcall(function() return math.log10(a1, a2) end)) end
do local a1 = 1.5 emit("coroutine.wrap(1.5)", pcall(function() return coroutine.wrap(a1) end)) end
do local a1 = "nan" emit("math.mod('nan')", pcall(function() return math.mod(a1) end)) end
do local a1, a2 = " 10 ", 2^32+1 emit("math.rad(' 10 ', 2^32+1)", pcall(function() return math.rad(a1, a2) end)) end
do local a1, a2, a3 = {}, "a\0b", -1/0 emit("debug.traceback({}, nul, -inf)", pcall(function() return debug.traceback(a1, a2, a3) end)) end
do emit("loadstring()", pcall(function() return loadstring() end)) end
do local a1 = -3 emit("debug.getlocal(-3)", pcall(function() return debug.getlocal(a1) end)) end
do local a1, a2 = newproxy(), setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("math.floor(userdata, {__call})", pcall(function() return math.floor(a1, a2) end)) end
do emit("rawequal(missing)", pcall(function() return rawequal() end)) end
do emit("debug.getmetatable()", pcall(function() return debug.getmetatable() end)) end
