-- Library-argument sweep ferrous-conformance run --sweep: random-3892
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
do
  local original, type = tostring, type
  tostring = function(value)
    local text = original(value)
    if type(text) == "string" then text = mask(text) end
    return text
  end
end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), true emit("math.acos({__tostring}, true)", pcall(function() return math.acos(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "%f" emit("string.gmatch({__call}, '%f')", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1 = 2^32+1 emit("math.acos(2^32+1)", pcall(function() return math.acos(a1) end)) end
do local a1, a2 = "2147483648", "2147483648" emit("debug.getlocal('2^31', '2^31')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("pairs({__eq __lt __concat})", pcall(function() return pairs(a1) end)) end
do emit("error()", pcall(function() return error() end)) end
do local a1 = math.max emit("string.find(C function)", pcall(function() return string.find(a1) end)) end
do emit_types("string.dump()", pcall(function() return string.dump() end)) end
do emit("print()", pcall(function() return print() end)) end
do emit("math.abs(missing)", pcall(function() return math.abs() end)) end
do local a1 = 1e15 emit("math.floor(1e15)", pcall(function() return math.floor(a1) end)) end
do local a1, a2 = -1, 2^31-1 emit("coroutine.status(-1, 2^31-1)", pcall(function() return coroutine.status(a1, a2) end)) end
do local a1 = -(function() return 0 end)() emit("assert(-0)", pcall(function() return assert(a1) end)) end
do local a1, a2 = 255, -0.5 emit("math.tanh(255, -0.5)", pcall(function() return math.tanh(a1, a2) end)) end
