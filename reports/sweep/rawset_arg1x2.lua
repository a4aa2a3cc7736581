-- Library-argument sweep ferrous-conformance run --sweep: rawset/arg1x2
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
do local a1, a2, a3 = nil, nil, 1 emit("rawset(nil, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, true, 1 emit("rawset(nil, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, "abc", 1 emit("rawset(nil, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, "1e2", 1 emit("rawset(nil, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, {}, 1 emit("rawset(nil, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, function() end, 1 emit("rawset(nil, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 0.5, 1 emit("rawset(nil, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, -1, 1 emit("rawset(nil, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 0/0, 1 emit("rawset(nil, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2^31, 1 emit("rawset(nil, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, -2^31, 1 emit("rawset(nil, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, nil, 1 emit("rawset(true, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, true, 1 emit("rawset(true, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, "abc", 1 emit("rawset(true, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, "1e2", 1 emit("rawset(true, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, {}, 1 emit("rawset(true, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, function() end, 1 emit("rawset(true, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 0.5, 1 emit("rawset(true, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, -1, 1 emit("rawset(true, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 0/0, 1 emit("rawset(true, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2^31, 1 emit("rawset(true, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, -2^31, 1 emit("rawset(true, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", nil, 1 emit("rawset(abc, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", true, 1 emit("rawset(abc, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", "abc", 1 emit("rawset(abc, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", "1e2", 1 emit("rawset(abc, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", {}, 1 emit("rawset(abc, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", function() end, 1 emit("rawset(abc, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 0.5, 1 emit("rawset(abc, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", -1, 1 emit("rawset(abc, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 0/0, 1 emit("rawset(abc, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2^31, 1 emit("rawset(abc, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", -2^31, 1 emit("rawset(abc, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", nil, 1 emit("rawset('1e2', nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", true, 1 emit("rawset('1e2', true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", "abc", 1 emit("rawset('1e2', abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", "1e2", 1 emit("rawset('1e2', '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", {}, 1 emit("rawset('1e2', {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", function() end, 1 emit("rawset('1e2', function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 0.5, 1 emit("rawset('1e2', 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", -1, 1 emit("rawset('1e2', -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 0/0, 1 emit("rawset('1e2', nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2^31, 1 emit("rawset('1e2', 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", -2^31, 1 emit("rawset('1e2', -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, nil, 1 emit("rawset({}, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, true, 1 emit("rawset({}, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, "abc", 1 emit("rawset({}, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, "1e2", 1 emit("rawset({}, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, {}, 1 emit("rawset({}, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, function() end, 1 emit("rawset({}, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 0.5, 1 emit("rawset({}, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, -1, 1 emit("rawset({}, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 0/0, 1 emit("rawset({}, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2^31, 1 emit("rawset({}, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, -2^31, 1 emit("rawset({}, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, nil, 1 emit("rawset(function, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, true, 1 emit("rawset(function, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, "abc", 1 emit("rawset(function, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, "1e2", 1 emit("rawset(function, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, {}, 1 emit("rawset(function, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, function() end, 1 emit("rawset(function, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 0.5, 1 emit("rawset(function, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, -1, 1 emit("rawset(function, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 0/0, 1 emit("rawset(function, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2^31, 1 emit("rawset(function, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, -2^31, 1 emit("rawset(function, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, nil, 1 emit("rawset(0.5, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, true, 1 emit("rawset(0.5, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, "abc", 1 emit("rawset(0.5, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, "1e2", 1 emit("rawset(0.5, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, {}, 1 emit("rawset(0.5, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, function() end, 1 emit("rawset(0.5, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 0.5, 1 emit("rawset(0.5, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, -1, 1 emit("rawset(0.5, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 0/0, 1 emit("rawset(0.5, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2^31, 1 emit("rawset(0.5, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, -2^31, 1 emit("rawset(0.5, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, nil, 1 emit("rawset(-1, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, true, 1 emit("rawset(-1, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, "abc", 1 emit("rawset(-1, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, "1e2", 1 emit("rawset(-1, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, {}, 1 emit("rawset(-1, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, function() end, 1 emit("rawset(-1, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 0.5, 1 emit("rawset(-1, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, -1, 1 emit("rawset(-1, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 0/0, 1 emit("rawset(-1, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2^31, 1 emit("rawset(-1, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, -2^31, 1 emit("rawset(-1, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, nil, 1 emit("rawset(nan, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, true, 1 emit("rawset(nan, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, "abc", 1 emit("rawset(nan, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, "1e2", 1 emit("rawset(nan, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, {}, 1 emit("rawset(nan, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, function() end, 1 emit("rawset(nan, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 0.5, 1 emit("rawset(nan, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, -1, 1 emit("rawset(nan, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 0/0, 1 emit("rawset(nan, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2^31, 1 emit("rawset(nan, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, -2^31, 1 emit("rawset(nan, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, nil, 1 emit("rawset(2^31, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, true, 1 emit("rawset(2^31, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, "abc", 1 emit("rawset(2^31, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, "1e2", 1 emit("rawset(2^31, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, {}, 1 emit("rawset(2^31, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, function() end, 1 emit("rawset(2^31, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 0.5, 1 emit("rawset(2^31, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, -1, 1 emit("rawset(2^31, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 0/0, 1 emit("rawset(2^31, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2^31, 1 emit("rawset(2^31, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, -2^31, 1 emit("rawset(2^31, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, nil, 1 emit("rawset(-2^31, nil, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, true, 1 emit("rawset(-2^31, true, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, "abc", 1 emit("rawset(-2^31, abc, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, "1e2", 1 emit("rawset(-2^31, '1e2', base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, {}, 1 emit("rawset(-2^31, {}, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, function() end, 1 emit("rawset(-2^31, function, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 0.5, 1 emit("rawset(-2^31, 0.5, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, -1, 1 emit("rawset(-2^31, -1, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 0/0, 1 emit("rawset(-2^31, nan, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2^31, 1 emit("rawset(-2^31, 2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, -2^31, 1 emit("rawset(-2^31, -2^31, base)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
