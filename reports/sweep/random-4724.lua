-- Library-argument sweep ferrous-conformance run --sweep: random-4724
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
do emit("debug.getlocal()", pcall(function() return debug.getlocal() end)) end
do local a1 = 1e300 emit("math.max(1e300)", pcall(function() return math.max(a1) end)) end
do local a1, a2, a3 = -1, 1e300, 2^32+1 emit("debug.getlocal(-1, 1e300, 2^32+1)", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do emit("string.reverse()", pcall(function() return string.reverse() end)) end
do emit("string.len()", pcall(function() return string.len() end)) end
do local a1 = -2^31-1 emit("math.pow(-2^31-1)", pcall(function() return math.pow(a1) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("math.max({__tostring})", pcall(function() return math.max(a1) end)) end
do local a1, a2 = true, -2^31-1 emit("select(true, -2^31-1)", pcall(function() return select(a1, a2) end)) end
do local a1, a2 = 0.5, setmetatable({}, {__tostring = function() return {} end}) emit("math.tanh(0.5, {__tostring bad})", pcall(function() return math.tanh(a1, a2) end)) end
do emit("math.asin()", pcall(function() return math.asin() end)) end
do emit("coroutine.wrap()", pcall(function() return coroutine.wrap() end)) end
do emit("select()", pcall(function() return select() end)) end
do local a1, a2 = " inf", "(b)(c)" emit("string.match('inf', base)", pcall(function() return string.match(a1, a2) end)) end
do local a1, a2 = {}, 1 emit("math.sin({}, 1)", pcall(function() return math.sin(a1, a2) end)) end
do local a1, a2 = "%e", setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.format('%e', {__index table})", pcall(function() return string.format(a1, a2) end)) end
do emit("math.deg()", pcall(function() return math.deg() end)) end
