-- Library-argument sweep ferrous-conformance run --sweep: random-3823
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
do local a1, a2 = 2^31-1, 2^53 emit("error(2^31-1, 2^53)", pcall(function() return error(a1, a2) end)) end
do local a1 = 1e15 emit("math.min(1e15)", pcall(function() return math.min(a1) end)) end
do local a1 = "2147483648" emit("tonumber('2^31')", pcall(function() return tonumber(a1) end)) end
do local a1 = coroutine.create(function() end) emit("ipairs(thread)", pcall(function() return ipairs(a1) end)) end
do local a1 = "abc" emit("math.ldexp(abc)", pcall(function() return math.ldexp(a1) end)) end
do local a1 = "2147483648" emit("debug.getlocal('2^31')", pcall(function() return debug.getlocal(a1) end)) end
