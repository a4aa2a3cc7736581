-- Library-argument sweep ferrous-conformance run --sweep: random-1845
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
do local a1, a2 = {}, "0x" emit("pcall({}, '0x')", pcall(function() return pcall(a1, a2) end)) end
do local a1 = 0.5 emit("os.difftime(0.5)", pcall(function() return os.difftime(a1) end)) end
do local a1, a2 = function() end, 1/0 emit("math.tanh(function, inf)", pcall(function() return math.tanh(a1, a2) end)) end
do local a1, a2, a3 = coroutine.create(function() end), "-1", 255 emit("debug.getlocal(thread, '-1', 255)", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do local a1, a2, a3 = "a\0b", function() end, "abc" emit("table.sort(nul, function, abc)", pcall(function() return table.sort(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1 = setmetatable({}, {__index = function(t, k) return k end}) emit("math.mod({__index})", pcall(function() return math.mod(a1) end)) end
do local a1 = 2^53 emit("coroutine.yield(2^53)", pcall(function() return coroutine.yield(a1) end)) end
do emit_types("getfenv()", pcall(function() return getfenv() end)) end
do local a1, a2, a3 = "abc", newproxy(), setmetatable({}, {__metatable = "locked"}) emit("load(abc, userdata, {__metatable})", pcall(function() return load(a1, a2, a3) end)) end
