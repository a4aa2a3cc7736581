-- Library-argument sweep ferrous-conformance run --sweep: random-2216
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
do local a1 = "abc" emit("table.insert(abc, missing)", pcall(function() return table.insert(a1) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3, a4 = "1e2", setmetatable({}, {__call = function(self, ...) return "called", ... end}), 2^32+1, 255 emit("table.insert('1e2', {__call}, 2^32+1, 255)", pcall(function() return table.insert(a1, a2, a3, a4) end)) emit("  argument 1 after", a1) end
do local a1 = 1.5 emit("rawget(1.5)", pcall(function() return rawget(a1) end)) end
do local a1, a2, a3 = 7.5, -1, {} emit("math.fmod(base, -1, {})", pcall(function() return math.fmod(a1, a2, a3) end)) end
do local a1 = coroutine.create(function() end) emit_types("debug.getregistry(thread)", pcall(function() return debug.getregistry(a1) end)) end
do emit("coroutine.running()", pcall(function() return coroutine.running() end)) end
do local a1, a2, a3 = "1e2", 100, 0/0 emit("unpack('1e2', 100, nan)", pcall(function() return unpack(a1, a2, a3) end)) end
do local a1 = -3 emit("debug.getlocal(-3)", pcall(function() return debug.getlocal(a1) end)) end
