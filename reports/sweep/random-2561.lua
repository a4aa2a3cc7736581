-- Library-argument sweep ferrous-conformance run --sweep: random-2561
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
do local a1 = " inf" emit("loadstring('inf')", pcall(function() return loadstring(a1) end)) end
do local a1, a2 = coroutine.create(function() end), -2 emit("debug.getlocal(thread, -2)", pcall(function() return debug.getlocal(a1, a2) end)) end
do emit("math.modf()", pcall(function() return math.modf() end)) end
do emit_types("debug.getregistry()", pcall(function() return debug.getregistry() end)) end
do local a1, a2 = " inf", nil emit("coroutine.create('inf', nil)", pcall(function() return coroutine.create(a1, a2) end)) end
do local a1 = coroutine.create(function(...) coroutine.yield(...) return "done" end) emit("coroutine.resume(suspended)", pcall(function() return coroutine.resume(a1) end)) end
do local a1, a2 = 2^31-1, setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("coroutine.yield(2^31-1, {__call})", pcall(function() return coroutine.yield(a1, a2) end)) end
do emit("ipairs()", pcall(function() return ipairs() end)) end
do local a1, a2, a3 = 256, -2.5, setmetatable({}, {__metatable = "locked"}) emit("math.atan2(256, -2.5, {__metatable})", pcall(function() return math.atan2(a1, a2, a3) end)) end
do local a1, a2 = {n = 2}, setmetatable({}, {__index = function(t, k) return k end}) emit("pairs({n=2}, {__index})", pcall(function() return pairs(a1, a2) end)) end
do local a1, a2, a3 = {"a", "b"}, 2, {} emit("table.setn({'a','b'}, base, {})", pcall(function() return table.setn(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do emit("math.atan2()", pcall(function() return math.atan2() end)) end
do local a1, a2 = 1/0, 1.5 emit("error(inf, 1.5, missing)", pcall(function() return error(a1, a2) end)) end
do local a1 = function() end emit("debug.getmetatable(function)", pcall(function() return debug.getmetatable(a1) end)) end
do emit("table.remove()", pcall(function() return table.remove() end)) end
do emit("math.tanh()", pcall(function() return math.tanh() end)) end
