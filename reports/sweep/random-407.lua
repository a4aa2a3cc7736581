-- Library-argument sweep ferrous-conformance run --sweep: random-407
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
do emit("math.asin()", pcall(function() return math.asin() end)) end
do local a1, a2 = -1, nil emit("assert(-1, nil)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2, a3 = -3, 1, "2147483648" emit("debug.getlocal(-3, base, '2^31')", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do local a1, a2 = string.rep("x", 100000), " 10 " emit("math.modf(huge, ' 10 ')", pcall(function() return math.modf(a1, a2) end)) end
do local a1, a2, a3 = math.max, -2^31-1, "2147483648" emit("rawequal(C function, -2^31-1, '2^31')", pcall(function() return rawequal(a1, a2, a3) end)) end
do local a1, a2 = 256, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("math.sinh(256, {__call})", pcall(function() return math.sinh(a1, a2) end)) end
do local a1 = " 10 " emit_types("getfenv(' 10 ')", pcall(function() return getfenv(a1) end)) end
do emit("math.sinh()", pcall(function() return math.sinh() end)) end
do emit("coroutine.running()", pcall(function() return coroutine.running() end)) end
