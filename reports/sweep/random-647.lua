-- Library-argument sweep ferrous-conformance run --sweep: random-647
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
do local a1, a2 = -3, function() end emit("select(-3, function)", pcall(function() return select(a1, a2) end)) end
do local a1, a2 = 2^32+1, " 10 " emit("math.log(2^32+1, ' 10 ')", pcall(function() return math.log(a1, a2) end)) end
do local a1 = {3, 1, 2} emit("next({3,1,2})", pcall(function() return next(a1) end)) end
do local a1 = " 10 " emit("rawequal(' 10 ')", pcall(function() return rawequal(a1) end)) end
do local a1 = 0 emit_types("getfenv(0)", pcall(function() return getfenv(a1) end)) end
do local a1, a2 = {1, 2, 3}, setmetatable({}, {__index = function(t, k) return k end}) emit("math.cos({1,2,3}, {__index})", pcall(function() return math.cos(a1, a2) end)) end
do local a1 = 1.5 emit("math.sin(1.5)", pcall(function() return math.sin(a1) end)) end
do local a1 = 1e300 emit("math.atan(1e300, missing)", pcall(function() return math.atan(a1) end)) end
do emit("ipairs()", pcall(function() return ipairs() end)) end
do local a1, a2 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), "2147483648" emit("math.tan({__call}, '2^31')", pcall(function() return math.tan(a1, a2) end)) end
do local a1 = -2^31 emit("debug.getlocal(-2^31)", pcall(function() return debug.getlocal(a1) end)) end
do local a1 = 1.5 emit("loadstring(1.5)", pcall(function() return loadstring(a1) end)) end
do local a1, a2, a3, a4 = 2^31-1, {1, 2, 3}, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 0 emit("table.concat(2^31-1, {1,2,3}, {__index table}, 0)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
