-- Library-argument sweep ferrous-conformance run --sweep: random-2856
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
do local a1 = 2^32+1 emit("table.maxn(2^32+1)", pcall(function() return table.maxn(a1) end)) end
do local a1, a2, a3 = "2147483648", -1, "0x" emit("error('2^31', -1, '0x')", pcall(function() return error(a1, a2, a3) end)) end
do local a1, a2, a3, a4 = "-1", "0x", -1, setmetatable({1, 2}, {__len = function() return 10 end}) emit("debug.setlocal('-1', '0x', -1, {__len})", pcall(function() return debug.setlocal(a1, a2, a3, a4) end)) end
do local a1 = function() end emit("math.tanh(function)", pcall(function() return math.tanh(a1) end)) end
do local a1 = "0x10" emit("math.tan('0x10')", pcall(function() return math.tan(a1) end)) end
do local a1, a2 = setmetatable({}, {__tostring = function() return {} end}), 2^31-1 emit("string.gmatch({__tostring bad}, 2^31-1)", pcall(function() return string.gmatch(a1, a2) end)) end
do local a1 = 1e300 emit_types("string.dump(1e300)", pcall(function() return string.dump(a1) end)) end
do local a1, a2 = setmetatable({}, {__metatable = "locked"}), "abc" emit("debug.traceback({__metatable}, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2, a3 = coroutine.create(function() end), 1, "-1" emit("debug.getupvalue(thread, 1, '-1')", pcall(function() return debug.getupvalue(a1, a2, a3) end)) end
do local a1 = string.rep("x", 100000) emit("coroutine.resume(huge)", pcall(function() return coroutine.resume(a1) end)) end
do local a1 = "0x" emit("math.frexp('0x')", pcall(function() return math.frexp(a1) end)) end
do emit("next()", pcall(function() return next() end)) end
do local a1 = {1, {}} emit("table.maxn({1,{}})", pcall(function() return table.maxn(a1) end)) end
do local a1, a2, a3 = newproxy(), 1.5, 0.5 emit("print(userdata, 1.5, 0.5)", pcall(function() return print(a1, a2, a3) end)) end
do emit("debug.traceback()", pcall(function() return debug.traceback() end)) end
