-- Library-argument sweep ferrous-conformance run --sweep: random-3398
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
do local a1, a2 = -2^31, 2^32+1 emit("math.log(-2^31, 2^32+1)", pcall(function() return math.log(a1, a2) end)) end
do local a1, a2 = -3, 1 emit("debug.setlocal(-3, base)", pcall(function() return debug.setlocal(a1, a2) end)) end
do emit("tonumber()", pcall(function() return tonumber() end)) end
do local a1, a2 = nil, nil emit("string.reverse(nil, nil)", pcall(function() return string.reverse(a1, a2) end)) end
do local a1, a2 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 1 emit("math.fmod({__eq __lt __concat}, 1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 1e-300, string.rep("x", 100000) emit("math.frexp(1e-300, huge)", pcall(function() return math.frexp(a1, a2) end)) end
do local a1 = setmetatable({}, {__tostring = function() return "T" end}) emit("rawset({__tostring})", pcall(function() return rawset(a1) end)) emit("  argument 1 after", a1) end
do local a1 = "-1" emit("assert('-1')", pcall(function() return assert(a1) end)) end
do local a1, a2, a3 = newproxy(), "-1", 1 emit("table.setn(userdata, '-1', 1)", pcall(function() return table.setn(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2 = math.max, setmetatable({}, {__tostring = function() return {} end}) emit_types("getfenv(C function, {__tostring bad})", pcall(function() return getfenv(a1, a2) end)) end
do local a1, a2, a3 = "nan", 0.5, string.rep("x", 100000) emit("load('nan', 0.5, huge)", pcall(function() return load(a1, a2, a3) end)) end
do emit("math.mod()", pcall(function() return math.mod() end)) end
do local a1, a2 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), "u" emit("debug.getinfo(userdata with metatable, 'u')", pcall(function() return debug.getinfo(a1, a2) end)) end
do local a1 = (function() local co = coroutine.create(function() end) coroutine.resume(co) return co end)() emit("coroutine.resume(dead)", pcall(function() return coroutine.resume(a1) end)) end
do local a1, a2 = 1e15, -1/0 emit("math.tan(1e15, -inf)", pcall(function() return math.tan(a1, a2) end)) end
