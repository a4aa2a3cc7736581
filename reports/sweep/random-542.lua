-- Library-argument sweep ferrous-conformance run --sweep: random-542
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
do local a1, a2, a3, a4 = -2^31, -3, 1.5, "a\0b" emit("debug.setlocal(-2^31, -3, 1.5, nul)", pcall(function() return debug.setlocal(a1, a2, a3, a4) end)) end
do emit("math.sin()", pcall(function() return math.sin() end)) end
do local a1 = " inf" emit("coroutine.running('inf')", pcall(function() return coroutine.running(a1) end)) end
do local a1 = coroutine.create(function() end) emit("string.upper(thread)", pcall(function() return string.upper(a1) end)) end
do local a1, a2, a3, a4 = setmetatable({1, 2}, {__len = function() return 10 end}), setmetatable({}, {__tostring = function() return "T" end}), {}, {} emit("string.find({__len}, {__tostring}, {}, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2 = {1, 2, 3}, 255 emit("string.lower({1,2,3}, 255)", pcall(function() return string.lower(a1, a2) end)) end
do local a1 = coroutine.create(function() end) emit("math.log10(thread)", pcall(function() return math.log10(a1) end)) end
do local a1, a2 = newproxy(), 255 emit("string.find(userdata, 255)", pcall(function() return string.find(a1, a2) end)) end
do local a1 = 2^53 emit("string.reverse(2^53, missing)", pcall(function() return string.reverse(a1) end)) end
