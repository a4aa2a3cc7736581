-- Library-argument sweep ferrous-conformance run --sweep: random-2830
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
do local a1, a2 = string.rep("x", 100000), function() error() end emit("table.foreach(huge, raises nil)", pcall(function() return table.foreach(a1, a2) end)) end
do emit("table.maxn()", pcall(function() return table.maxn() end)) end
do local a1, a2 = -1, "nan" emit("debug.getlocal(-1, 'nan')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1 = 1 emit("setmetatable(1)", pcall(function() return setmetatable(a1) end)) end
do local a1, a2, a3 = newproxy(), 0/0, -1/0 emit("string.gsub(userdata, nan, -inf)", pcall(function() return string.gsub(a1, a2, a3) end)) end
do local a1 = 1 emit("table.maxn(1)", pcall(function() return table.maxn(a1) end)) end
do local a1, a2, a3, a4 = "a\0b", 1e300, 2.9, setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}) emit("string.byte(nul, 1e300, 2.9, {__eq __lt __concat})", pcall(function() return string.byte(a1, a2, a3, a4) end)) end
