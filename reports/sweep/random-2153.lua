-- Library-argument sweep ferrous-conformance run --sweep: random-2153
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
do emit("math.tan()", pcall(function() return math.tan() end)) end
do emit("tostring()", pcall(function() return tostring() end)) end
do emit("string.upper(missing)", pcall(function() return string.upper() end)) end
do emit("table.insert()", pcall(function() return table.insert() end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("math.sqrt({__len})", pcall(function() return math.sqrt(a1) end)) end
do local a1, a2 = "-1", 0.5 emit("debug.setlocal('-1', 0.5)", pcall(function() return debug.setlocal(a1, a2) end)) end
do local a1, a2 = "", 256 emit("math.acos(empty, 256)", pcall(function() return math.acos(a1, a2) end)) end
do emit("math.sin()", pcall(function() return math.sin() end)) end
do local a1, a2 = " inf", -2^31 emit("table.getn('inf', -2^31)", pcall(function() return table.getn(a1, a2) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 0, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.format(abc, abc, 0, {__eq __lt __concat})", pcall(function() return string.format(a1, a2, a3, a4) end)) end
do local a1, a2 = -1e300, setmetatable({}, {__metatable = "locked"}) emit("math.randomseed(-1e300, {__metatable})", pcall(function() return math.randomseed(a1, a2) end)) end
do local a1 = setmetatable({1, 2}, {__len = function() return 10 end}) emit("string.len({__len})", pcall(function() return string.len(a1) end)) end
