-- Library-argument sweep ferrous-conformance run --sweep: random-1797
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
do local a1, a2 = "0x", newproxy() emit("math.cos('0x', userdata)", pcall(function() return math.cos(a1, a2) end)) end
do local a1 = "-1" emit("debug.getlocal('-1')", pcall(function() return debug.getlocal(a1) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), -2^31-1 emit("xpcall({__tostring bad}, -2^31-1)", pcall(function() return xpcall(a1, a2) end)) end
do emit("coroutine.create()", pcall(function() return coroutine.create() end)) end
do local a1 = function() end emit("tostring(function)", pcall(function() return tostring(a1) end)) end
do local a1 = 2^63 emit_types("string.dump(2^63)", pcall(function() return string.dump(a1) end)) end
do local a1, a2, a3, a4 = function() end, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), -3, setmetatable({}, {__tostring = function() return "T" end}) emit("debug.setupvalue(function, {__eq __lt __concat}, -3, {__tostring})", pcall(function() return debug.setupvalue(a1, a2, a3, a4) end)) end
do emit("math.rad()", pcall(function() return math.rad() end)) end
do local a1, a2 = 2^31, {[1.5] = 1} emit("setmetatable(2^31, {[1.5]=1})", pcall(function() return setmetatable(a1, a2) end)) end
do emit("string.reverse()", pcall(function() return string.reverse() end)) end
