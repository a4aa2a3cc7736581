-- Library-argument sweep ferrous-conformance run --sweep: random-328
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
do local a1, a2 = 2^53, "" emit("math.atan2(2^53, empty)", pcall(function() return math.atan2(a1, a2) end)) end
do local a1, a2 = 0/0, "0x" emit("string.gfind(nan, '0x')", pcall(function() return string.gfind(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), -1e300 emit("pairs({__index table}, -1e300)", pcall(function() return pairs(a1, a2) end)) end
do local a1, a2 = {n = 2}, "2147483648" emit("table.concat({n=2}, '2^31')", pcall(function() return table.concat(a1, a2) end)) end
do local a1, a2 = 1/0, "nan" emit("rawequal(inf, 'nan')", pcall(function() return rawequal(a1, a2) end)) end
do local a1 = coroutine.create(function() end) emit("tostring(thread)", pcall(function() return tostring(a1) end)) end
do local a1, a2, a3 = 1, function() end, 1/0 emit("collectgarbage(1, function, inf)", pcall(function() return collectgarbage(a1, a2, a3) end)) end
do local a1, a2 = {1, 2, 3}, -1 emit("rawget({1,2,3}, -1)", pcall(function() return rawget(a1, a2) end)) end
do local a1, a2, a3 = "-1", string.rep("x", 100000), 0/0 emit("debug.getlocal('-1', huge, nan)", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
