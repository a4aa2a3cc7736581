-- Library-argument sweep ferrous-conformance run --sweep: random-4231
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
do local a1 = "a\0b" emit("table.getn(nul)", pcall(function() return table.getn(a1) end)) end
do emit("table.getn()", pcall(function() return table.getn() end)) end
do emit("getmetatable()", pcall(function() return getmetatable() end)) end
do emit("type()", pcall(function() return type() end)) end
do emit("ipairs()", pcall(function() return ipairs() end)) end
do local a1 = 1e-300 emit("math.sin(1e-300)", pcall(function() return math.sin(a1) end)) end
do local a1 = "abc" emit("math.log(abc)", pcall(function() return math.log(a1) end)) end
do local a1, a2, a3 = 2^31, string.rep("x", 100000), " 10 " emit("debug.getlocal(2^31, huge, ' 10 ')", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do emit("math.frexp()", pcall(function() return math.frexp() end)) end
do local a1, a2 = "-1", (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("print('-1', userdata with metatable)", pcall(function() return print(a1, a2) end)) end
