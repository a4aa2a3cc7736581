-- Library-argument sweep ferrous-conformance run --sweep: random-186
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
do local a1, a2 = -3, setmetatable({1, 2}, {__len = function() return 10 end}) emit("ipairs(-3, {__len})", pcall(function() return ipairs(a1, a2) end)) end
do emit("math.min()", pcall(function() return math.min() end)) end
do local a1, a2 = "2147483648", 2^63 emit("debug.getlocal('2^31', 2^63)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 2^63 emit("rawequal({__index table}, 2^63)", pcall(function() return rawequal(a1, a2) end)) end
do emit("math.min(missing)", pcall(function() return math.min() end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("getmetatable({__tostring}, {__eq __lt __concat})", pcall(function() return getmetatable(a1, a2) end)) end
do emit("coroutine.running()", pcall(function() return coroutine.running() end)) end
do emit("string.gsub()", pcall(function() return string.gsub() end)) end
do local a1 = 1e300 emit("math.rad(1e300)", pcall(function() return math.rad(a1) end)) end
