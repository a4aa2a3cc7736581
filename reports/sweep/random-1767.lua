-- Library-argument sweep ferrous-conformance run --sweep: random-1767
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
do local a1, a2, a3 = nil, -1, 0.5 emit("error(nil, -1, 0.5)", pcall(function() return error(a1, a2, a3) end)) end
do local a1 = string.rep("x", 100000) emit("math.cos(huge)", pcall(function() return math.cos(a1) end)) end
do local a1, a2 = string.rep("x", 100000), 2^63 emit("coroutine.create(huge, 2^63)", pcall(function() return coroutine.create(a1, a2) end)) end
do emit("string.match()", pcall(function() return string.match() end)) end
do local a1, a2 = nil, 2^63 emit_types("string.dump(nil, 2^63)", pcall(function() return string.dump(a1, a2) end)) end
do local a1 = 3.14159 emit("math.tan(3.14159)", pcall(function() return math.tan(a1) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("math.asin({__eq __lt __concat})", pcall(function() return math.asin(a1) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 255 emit("math.exp({__tostring}, 255)", pcall(function() return math.exp(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 2^31 emit("debug.getinfo({__index table}, 2^31)", pcall(function() return debug.getinfo(a1, a2) end)) end
do emit("string.lower()", pcall(function() return string.lower() end)) end
do local a1 = 2^31 emit("debug.setlocal(2^31)", pcall(function() return debug.setlocal(a1) end)) end
do local a1, a2 = 0.5, 0 emit("coroutine.wrap(0.5, 0)", pcall(function() return coroutine.wrap(a1, a2) end)) end
