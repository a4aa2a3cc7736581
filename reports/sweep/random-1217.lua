-- Library-argument sweep ferrous-conformance run --sweep: random-1217
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
do local a1, a2, a3 = 256, setmetatable({}, {__tostring = function() return "T" end}), -2^31 emit("debug.getlocal(256, {__tostring}, -2^31)", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do local a1 = -0.5 emit("string.lower(-0.5)", pcall(function() return string.lower(a1) end)) end
do local a1, a2, a3 = {}, setmetatable({1, 2}, {__len = function() return 10 end}), "abc" emit("table.foreachi({}, {__len}, abc)", pcall(function() return table.foreachi(a1, a2, a3) end)) end
do local a1 = "2147483648" emit("string.byte('2^31')", pcall(function() return string.byte(a1) end)) end
do local a1, a2, a3 = {1, nil, 3}, -0.5, coroutine.create(function() end) emit("table.setn({1,nil,3}, -0.5, thread)", pcall(function() return table.setn(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "nan", 2^63 emit("math.mod('nan', 2^63)", pcall(function() return math.mod(a1, a2) end)) end
do emit("math.abs()", pcall(function() return math.abs() end)) end
do local a1, a2 = 2^31, setmetatable({}, {__tostring = function() return {} end}) emit("coroutine.wrap(2^31, {__tostring bad})", pcall(function() return coroutine.wrap(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 3 emit("string.byte(userdata with metatable, 3)", pcall(function() return string.byte(a1, a2) end)) end
do local a1 = 1e300 emit("error(1e300)", pcall(function() return error(a1) end)) end
do local a1 = -1 emit("debug.getlocal(-1)", pcall(function() return debug.getlocal(a1) end)) end
do emit("pairs()", pcall(function() return pairs() end)) end
