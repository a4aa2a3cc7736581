-- Library-argument sweep ferrous-conformance run --sweep: random-2136
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
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), coroutine.create(function() end) emit("coroutine.wrap({__eq __lt __concat}, thread)", pcall(function() return coroutine.wrap(a1, a2) end)) end
do local a1 = function() end emit("math.log(function)", pcall(function() return math.log(a1) end)) end
do local a1, a2 = "0x10", -2^31-1 emit("math.max('0x10', -2^31-1)", pcall(function() return math.max(a1, a2) end)) end
do emit("math.sin()", pcall(function() return math.sin() end)) end
do local a1, a2, a3 = "2147483648", setmetatable({}, {__tostring = function() return {} end}), "1e2" emit("debug.getlocal('2^31', {__tostring bad}, '1e2')", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do local a1, a2 = string.rep("x", 100000), 0 emit("math.max(huge, 0)", pcall(function() return math.max(a1, a2) end)) end
do emit("string.byte()", pcall(function() return string.byte() end)) end
do emit("loadstring()", pcall(function() return loadstring() end)) end
do local a1, a2 = {1, 2, 3}, -1/0 emit("table.remove({1,2,3}, -inf)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3, a4 = "0x10", "2147483648", false, 2^31-1 emit("string.find('0x10', '2^31', false, 2^31-1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
