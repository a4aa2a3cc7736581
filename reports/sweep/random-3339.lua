-- Library-argument sweep ferrous-conformance run --sweep: random-3339
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
do local a1, a2, a3 = " inf", 2^31-1, 2^31-1 emit("loadstring('inf', 2^31-1, 2^31-1)", pcall(function() return loadstring(a1, a2, a3) end)) end
do local a1, a2, a3 = 1/0, "0x10", setmetatable({}, {__call = function(self, ...) return "called", ... end}) emit("debug.getupvalue(inf, '0x10', {__call})", pcall(function() return debug.getupvalue(a1, a2, a3) end)) end
do local a1, a2 = 2^63, "" emit("assert(2^63, empty)", pcall(function() return assert(a1, a2) end)) end
do local a1, a2 = coroutine.create(function() end), 2^63 emit("collectgarbage(thread, 2^63)", pcall(function() return collectgarbage(a1, a2) end)) end
do local a1 = false emit("coroutine.wrap(false)", pcall(function() return coroutine.wrap(a1) end)) end
do local a1, a2, a3, a4 = 256, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), function() end, "0x10" emit("table.insert(256, {__eq __lt __concat}, function, '0x10')", pcall(function() return table.insert(a1, a2, a3, a4) end)) emit("  argument 1 after", a1) end
do local a1 = "-1" emit("string.format('-1')", pcall(function() return string.format(a1) end)) end
do local a1, a2, a3, a4 = -2^31, setmetatable({}, {__call = function(self, ...) return "called", ... end}), -1e300, coroutine.create(function() end) emit("debug.setlocal(-2^31, {__call}, -1e300, thread)", pcall(function() return debug.setlocal(a1, a2, a3, a4) end)) end
do emit("math.sinh()", pcall(function() return math.sinh() end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), "-1" emit("math.tanh({__tostring}, '-1')", pcall(function() return math.tanh(a1, a2) end)) end
do local a1 = setmetatable({}, {__metatable = "locked"}) emit("string.find({__metatable})", pcall(function() return string.find(a1) end)) end
do local a1 = 2^31-1 emit("tostring(2^31-1)", pcall(function() return tostring(a1) end)) end
do local a1, a2 = " inf", 2^63 emit("table.maxn('inf', 2^63)", pcall(function() return table.maxn(a1, a2) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("coroutine.wrap({__eq __lt __concat})", pcall(function() return coroutine.wrap(a1) end)) end
