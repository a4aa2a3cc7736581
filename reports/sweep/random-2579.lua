-- Library-argument sweep ferrous-conformance run --sweep: random-2579
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
do emit("debug.getupvalue()", pcall(function() return debug.getupvalue() end)) end
do local a1, a2 = function() end, setmetatable({}, {__index = function(t, k) return k end}) emit("math.ldexp(function, {__index})", pcall(function() return math.ldexp(a1, a2) end)) end
do emit("math.rad()", pcall(function() return math.rad() end)) end
do emit("table.concat()", pcall(function() return table.concat() end)) end
do local a1 = "0x10" emit("string.upper('0x10')", pcall(function() return string.upper(a1) end)) end
do emit("string.find()", pcall(function() return string.find() end)) end
do emit("string.byte()", pcall(function() return string.byte() end)) end
do emit("debug.getlocal()", pcall(function() return debug.getlocal() end)) end
do local a1 = 3 emit("debug.getlocal(3)", pcall(function() return debug.getlocal(a1) end)) end
do local a1 = 255 emit("getmetatable(255)", pcall(function() return getmetatable(a1) end)) end
do local a1, a2, a3 = setmetatable({1, 2}, {__len = function() return 10 end}), setmetatable({}, {__call = function(self, ...) return "called", ... end}), "2147483648" emit("next({__len}, {__call}, '2^31')", pcall(function() return next(a1, a2, a3) end)) end
do emit("coroutine.status()", pcall(function() return coroutine.status() end)) end
do local a1, a2 = 2^31, 256 emit("debug.setlocal(2^31, 256)", pcall(function() return debug.setlocal(a1, a2) end)) end
do local a1, a2, a3 = -2^31-1, 255, 2^63 emit("string.match(-2^31-1, 255, 2^63)", pcall(function() return string.match(a1, a2, a3) end)) end
