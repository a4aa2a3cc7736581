-- Library-argument sweep ferrous-conformance run --sweep: random-2594
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
do local a1 = 2^31 emit("math.floor(2^31)", pcall(function() return math.floor(a1) end)) end
do local a1 = "a\0b" emit("pcall(nul)", pcall(function() return pcall(a1) end)) end
do local a1, a2 = -1e300, setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}) emit("math.exp(-1e300, {__index table})", pcall(function() return math.exp(a1, a2) end)) end
do emit("math.atan()", pcall(function() return math.atan() end)) end
do local a1 = "0x10" emit_types("debug.getregistry('0x10')", pcall(function() return debug.getregistry(a1) end)) end
do emit("debug.getmetatable()", pcall(function() return debug.getmetatable() end)) end
do local a1, a2 = {1, 2, 3}, -2^31 emit("coroutine.status({1,2,3}, -2^31)", pcall(function() return coroutine.status(a1, a2) end)) end
do emit("ipairs()", pcall(function() return ipairs() end)) end
do local a1, a2 = -2^31, "nan" emit("math.floor(-2^31, 'nan')", pcall(function() return math.floor(a1, a2) end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "nan" emit("tonumber(userdata with metatable, 'nan')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return "T" end}), 2^63 emit("string.sub({__tostring}, 2^63)", pcall(function() return string.sub(a1, a2) end)) end
do emit("coroutine.create()", pcall(function() return coroutine.create() end)) end
do emit_types("string.dump()", pcall(function() return string.dump() end)) end
do local a1, a2, a3 = 2^31, setmetatable({}, {__tostring = function() return "T" end}), setmetatable({}, {__metatable = "locked"}) emit("debug.getlocal(2^31, {__tostring}, {__metatable})", pcall(function() return debug.getlocal(a1, a2, a3) end)) end
do local a1 = 256 emit("table.setn(256)", pcall(function() return table.setn(a1) end)) emit("  argument 1 after", a1) end
do local a1 = setmetatable({}, {__tostring = function() return {} end}) emit("string.lower({__tostring bad})", pcall(function() return string.lower(a1) end)) end
