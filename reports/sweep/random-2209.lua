-- Library-argument sweep ferrous-conformance run --sweep: random-2209
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
do emit("tonumber()", pcall(function() return tonumber() end)) end
do emit("math.asin()", pcall(function() return math.asin() end)) end
do local a1, a2 = "", "a\0b" emit("string.reverse(empty, nul)", pcall(function() return string.reverse(a1, a2) end)) end
do emit("debug.getupvalue()", pcall(function() return debug.getupvalue() end)) end
do local a1 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)() emit("math.log(userdata with metatable)", pcall(function() return math.log(a1) end)) end
do local a1 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("string.format({__index table})", pcall(function() return string.format(a1) end)) end
do emit("coroutine.running()", pcall(function() return coroutine.running() end)) end
do local a1 = -0.5 emit("select(-0.5)", pcall(function() return select(a1) end)) end
do local a1 = 1 emit("string.gsub(1)", pcall(function() return string.gsub(a1) end)) end
do local a1, a2, a3 = function() end, 2^32+1, setmetatable({}, {__metatable = "locked"}) emit("rawset(function, 2^32+1, {__metatable})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1 = "1e2" emit("rawset('1e2')", pcall(function() return rawset(a1) end)) emit("  argument 1 after", a1) end
do local a1 = -1 emit("debug.getlocal(-1)", pcall(function() return debug.getlocal(a1) end)) end
do emit("pairs()", pcall(function() return pairs() end)) end
do emit("coroutine.wrap()", pcall(function() return coroutine.wrap() end)) end
do emit("unpack()", pcall(function() return unpack() end)) end
do local a1 = "" emit("math.sin(empty)", pcall(function() return math.sin(a1) end)) end
