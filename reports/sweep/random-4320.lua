-- Library-argument sweep ferrous-conformance run --sweep: random-4320
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
do local a1 = "0x" emit("rawset('0x')", pcall(function() return rawset(a1) end)) emit("  argument 1 after", a1) end
do local a1 = "-1" emit("math.ceil('-1')", pcall(function() return math.ceil(a1) end)) end
do local a1 = " inf" emit("table.foreach('inf')", pcall(function() return table.foreach(a1) end)) end
do emit_types("getfenv()", pcall(function() return getfenv() end)) end
do local a1 = 2^31-1 emit("tostring(2^31-1)", pcall(function() return tostring(a1) end)) end
do local a1, a2 = 2^-1074, " 10 " emit("math.abs(2^-1074, ' 10 ')", pcall(function() return math.abs(a1, a2) end)) end
do emit("math.atan()", pcall(function() return math.atan() end)) end
do local a1 = "%10.4s|" emit("string.format('%10.4s|')", pcall(function() return string.format(a1) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), -1 emit("table.foreachi({__eq __lt __concat}, -1)", pcall(function() return table.foreachi(a1, a2) end)) end
do local a1, a2 = -3, "2147483648" emit("debug.getlocal(-3, '2^31')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1 = 255 emit_types("getfenv(255)", pcall(function() return getfenv(a1) end)) end
do emit("debug.getinfo()", pcall(function() return debug.getinfo() end)) end
do emit("table.sort()", pcall(function() return table.sort() end)) end
do local a1 = -1 emit_types("getfenv(-1)", pcall(function() return getfenv(a1) end)) end
do local a1, a2, a3 = 256, 3.14159, {} emit("math.mod(256, 3.14159, {})", pcall(function() return math.mod(a1, a2, a3) end)) end
do local a1, a2, a3 = 1, setmetatable({}, {__call = function(self, ...) return "called", ... end}), 1e300 emit("table.setn(1, {__call}, 1e300)", pcall(function() return table.setn(a1, a2, a3) end)) emit("  argument 1 after", a1) end
