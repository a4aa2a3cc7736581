-- Library-argument sweep ferrous-conformance run --sweep: random-240
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
do emit("coroutine.create()", pcall(function() return coroutine.create() end)) end
do local a1, a2 = setmetatable({1, 2}, {__len = function() return 10 end}), 2^31 emit("select({__len}, 2^31)", pcall(function() return select(a1, a2) end)) end
do local a1, a2 = -3, setmetatable({}, {__index = function(t, k) return k end}) emit("math.frexp(-3, {__index})", pcall(function() return math.frexp(a1, a2) end)) end
do local a1, a2 = -1e300, "%g" emit("string.match(-1e300, '%g')", pcall(function() return string.match(a1, a2) end)) end
do local a1 = 0/0 emit("load(nan)", pcall(function() return load(a1) end)) end
do local a1 = 1e300 emit("math.deg(1e300)", pcall(function() return math.deg(a1) end)) end
do local a1, a2 = "2147483648", "0x10" emit("table.setn('2^31', '0x10')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do emit("debug.setupvalue()", pcall(function() return debug.setupvalue() end)) end
do emit("coroutine.yield()", pcall(function() return coroutine.yield() end)) end
do local a1 = 2^31 emit("debug.setlocal(2^31, missing)", pcall(function() return debug.setlocal(a1) end)) end
do local a1 = 255 emit("string.gsub(255)", pcall(function() return string.gsub(a1) end)) end
do local a1, a2, a3 = 0, -0.5, 2^32+1 emit("math.mod(0, -0.5, 2^32+1)", pcall(function() return math.mod(a1, a2, a3) end)) end
do local a1, a2 = -0.5, 0/0 emit("string.char(-0.5, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = newproxy(), "-1" emit("math.min(userdata, '-1')", pcall(function() return math.min(a1, a2) end)) end
do emit("math.exp()", pcall(function() return math.exp() end)) end
