-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg1x2
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, "(%a+): 0x%x+", "%1: ADDRESS"))
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
do local a1, a2, a3, a4 = nil, nil, "%0%0", 1 emit("string.gsub(nil, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, true, "%0%0", 1 emit("string.gsub(nil, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "abc", "%0%0", 1 emit("string.gsub(nil, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "1e2", "%0%0", 1 emit("string.gsub(nil, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, {}, "%0%0", 1 emit("string.gsub(nil, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, function() end, "%0%0", 1 emit("string.gsub(nil, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, 0.5, "%0%0", 1 emit("string.gsub(nil, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, -1, "%0%0", 1 emit("string.gsub(nil, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, 0/0, "%0%0", 1 emit("string.gsub(nil, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, 2^31, "%0%0", 1 emit("string.gsub(nil, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, -2^31, "%0%0", 1 emit("string.gsub(nil, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, nil, "%0%0", 1 emit("string.gsub(true, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, true, "%0%0", 1 emit("string.gsub(true, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "abc", "%0%0", 1 emit("string.gsub(true, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "1e2", "%0%0", 1 emit("string.gsub(true, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, {}, "%0%0", 1 emit("string.gsub(true, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, function() end, "%0%0", 1 emit("string.gsub(true, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, 0.5, "%0%0", 1 emit("string.gsub(true, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, -1, "%0%0", 1 emit("string.gsub(true, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, 0/0, "%0%0", 1 emit("string.gsub(true, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, 2^31, "%0%0", 1 emit("string.gsub(true, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, -2^31, "%0%0", 1 emit("string.gsub(true, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, "%0%0", 1 emit("string.gsub(abc, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, "%0%0", 1 emit("string.gsub(abc, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", "%0%0", 1 emit("string.gsub(abc, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", "%0%0", 1 emit("string.gsub(abc, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, "%0%0", 1 emit("string.gsub(abc, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, "%0%0", 1 emit("string.gsub(abc, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, "%0%0", 1 emit("string.gsub(abc, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, "%0%0", 1 emit("string.gsub(abc, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, "%0%0", 1 emit("string.gsub(abc, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, "%0%0", 1 emit("string.gsub(abc, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, "%0%0", 1 emit("string.gsub(abc, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", nil, "%0%0", 1 emit("string.gsub('1e2', nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", true, "%0%0", 1 emit("string.gsub('1e2', true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "abc", "%0%0", 1 emit("string.gsub('1e2', abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "1e2", "%0%0", 1 emit("string.gsub('1e2', '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", {}, "%0%0", 1 emit("string.gsub('1e2', {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", function() end, "%0%0", 1 emit("string.gsub('1e2', function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", 0.5, "%0%0", 1 emit("string.gsub('1e2', 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", -1, "%0%0", 1 emit("string.gsub('1e2', -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", 0/0, "%0%0", 1 emit("string.gsub('1e2', nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", 2^31, "%0%0", 1 emit("string.gsub('1e2', 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", -2^31, "%0%0", 1 emit("string.gsub('1e2', -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, nil, "%0%0", 1 emit("string.gsub({}, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, true, "%0%0", 1 emit("string.gsub({}, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "abc", "%0%0", 1 emit("string.gsub({}, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "1e2", "%0%0", 1 emit("string.gsub({}, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, {}, "%0%0", 1 emit("string.gsub({}, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, function() end, "%0%0", 1 emit("string.gsub({}, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, 0.5, "%0%0", 1 emit("string.gsub({}, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, -1, "%0%0", 1 emit("string.gsub({}, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, 0/0, "%0%0", 1 emit("string.gsub({}, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, 2^31, "%0%0", 1 emit("string.gsub({}, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, -2^31, "%0%0", 1 emit("string.gsub({}, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, nil, "%0%0", 1 emit("string.gsub(function, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, true, "%0%0", 1 emit("string.gsub(function, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "abc", "%0%0", 1 emit("string.gsub(function, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "1e2", "%0%0", 1 emit("string.gsub(function, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, {}, "%0%0", 1 emit("string.gsub(function, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, function() end, "%0%0", 1 emit("string.gsub(function, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, 0.5, "%0%0", 1 emit("string.gsub(function, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, -1, "%0%0", 1 emit("string.gsub(function, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, 0/0, "%0%0", 1 emit("string.gsub(function, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, 2^31, "%0%0", 1 emit("string.gsub(function, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, -2^31, "%0%0", 1 emit("string.gsub(function, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, nil, "%0%0", 1 emit("string.gsub(0.5, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, true, "%0%0", 1 emit("string.gsub(0.5, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "abc", "%0%0", 1 emit("string.gsub(0.5, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "1e2", "%0%0", 1 emit("string.gsub(0.5, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, {}, "%0%0", 1 emit("string.gsub(0.5, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, function() end, "%0%0", 1 emit("string.gsub(0.5, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, 0.5, "%0%0", 1 emit("string.gsub(0.5, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, -1, "%0%0", 1 emit("string.gsub(0.5, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, 0/0, "%0%0", 1 emit("string.gsub(0.5, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, 2^31, "%0%0", 1 emit("string.gsub(0.5, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, -2^31, "%0%0", 1 emit("string.gsub(0.5, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, nil, "%0%0", 1 emit("string.gsub(-1, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, true, "%0%0", 1 emit("string.gsub(-1, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "abc", "%0%0", 1 emit("string.gsub(-1, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "1e2", "%0%0", 1 emit("string.gsub(-1, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, {}, "%0%0", 1 emit("string.gsub(-1, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, function() end, "%0%0", 1 emit("string.gsub(-1, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, 0.5, "%0%0", 1 emit("string.gsub(-1, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, -1, "%0%0", 1 emit("string.gsub(-1, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, 0/0, "%0%0", 1 emit("string.gsub(-1, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, 2^31, "%0%0", 1 emit("string.gsub(-1, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, -2^31, "%0%0", 1 emit("string.gsub(-1, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, nil, "%0%0", 1 emit("string.gsub(nan, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, true, "%0%0", 1 emit("string.gsub(nan, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "abc", "%0%0", 1 emit("string.gsub(nan, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "1e2", "%0%0", 1 emit("string.gsub(nan, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, {}, "%0%0", 1 emit("string.gsub(nan, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, function() end, "%0%0", 1 emit("string.gsub(nan, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, 0.5, "%0%0", 1 emit("string.gsub(nan, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, -1, "%0%0", 1 emit("string.gsub(nan, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, 0/0, "%0%0", 1 emit("string.gsub(nan, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, 2^31, "%0%0", 1 emit("string.gsub(nan, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, -2^31, "%0%0", 1 emit("string.gsub(nan, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, nil, "%0%0", 1 emit("string.gsub(2^31, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, true, "%0%0", 1 emit("string.gsub(2^31, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "abc", "%0%0", 1 emit("string.gsub(2^31, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "1e2", "%0%0", 1 emit("string.gsub(2^31, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, {}, "%0%0", 1 emit("string.gsub(2^31, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, function() end, "%0%0", 1 emit("string.gsub(2^31, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, 0.5, "%0%0", 1 emit("string.gsub(2^31, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, -1, "%0%0", 1 emit("string.gsub(2^31, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, 0/0, "%0%0", 1 emit("string.gsub(2^31, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, 2^31, "%0%0", 1 emit("string.gsub(2^31, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, -2^31, "%0%0", 1 emit("string.gsub(2^31, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, nil, "%0%0", 1 emit("string.gsub(-2^31, nil, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, true, "%0%0", 1 emit("string.gsub(-2^31, true, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "abc", "%0%0", 1 emit("string.gsub(-2^31, abc, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "1e2", "%0%0", 1 emit("string.gsub(-2^31, '1e2', base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, {}, "%0%0", 1 emit("string.gsub(-2^31, {}, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, function() end, "%0%0", 1 emit("string.gsub(-2^31, function, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, 0.5, "%0%0", 1 emit("string.gsub(-2^31, 0.5, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, -1, "%0%0", 1 emit("string.gsub(-2^31, -1, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, 0/0, "%0%0", 1 emit("string.gsub(-2^31, nan, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, 2^31, "%0%0", 1 emit("string.gsub(-2^31, 2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, -2^31, "%0%0", 1 emit("string.gsub(-2^31, -2^31, base, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
