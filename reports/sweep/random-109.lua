-- Library-argument sweep ferrous-conformance run --sweep: random-109
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
do local a1 = 2^53 emit("math.sqrt(2^53)", pcall(function() return math.sqrt(a1) end)) end
do emit("table.remove()", pcall(function() return table.remove() end)) end
do emit("string.reverse()", pcall(function() return string.reverse() end)) end
do emit("table.concat()", pcall(function() return table.concat() end)) end
do local a1 = 1 emit("select(1)", pcall(function() return select(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("math.deg({__eq __lt __concat}, missing)", pcall(function() return math.deg(a1) end)) end
do local a1, a2 = 1.5, newproxy() emit("math.frexp(base, userdata)", pcall(function() return math.frexp(a1, a2) end)) end
do local a1, a2, a3 = -2^31, 1, coroutine.create(function() end) emit("debug.setlocal(-2^31, base, thread)", pcall(function() return debug.setlocal(a1, a2, a3) end)) end
do emit("debug.getinfo()", pcall(function() return debug.getinfo() end)) end
do emit("math.ldexp()", pcall(function() return math.ldexp() end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 2^31-1 emit("math.ldexp(userdata with metatable, 2^31-1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 0.5 emit("setmetatable(userdata with metatable, 0.5, missing)", pcall(function() return setmetatable(a1, a2) end)) end
do local a1 = 1/0 emit("pairs(inf)", pcall(function() return pairs(a1) end)) end
do local a1, a2, a3 = "", "", math.max emit("debug.getupvalue(empty, empty, C function)", pcall(function() return debug.getupvalue(a1, a2, a3) end)) end
do emit("string.upper()", pcall(function() return string.upper() end)) end
