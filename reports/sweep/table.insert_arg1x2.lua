-- Library-argument sweep ferrous-conformance run --sweep: table.insert/arg1x2
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
do local a1, a2, a3 = nil, nil, "v" emit("table.insert(nil, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, true, "v" emit("table.insert(nil, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, "abc", "v" emit("table.insert(nil, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, "1e2", "v" emit("table.insert(nil, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, {}, "v" emit("table.insert(nil, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, function() end, "v" emit("table.insert(nil, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 0.5, "v" emit("table.insert(nil, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, -1, "v" emit("table.insert(nil, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 0/0, "v" emit("table.insert(nil, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2^31, "v" emit("table.insert(nil, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, -2^31, "v" emit("table.insert(nil, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, nil, "v" emit("table.insert(true, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, true, "v" emit("table.insert(true, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, "abc", "v" emit("table.insert(true, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, "1e2", "v" emit("table.insert(true, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, {}, "v" emit("table.insert(true, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, function() end, "v" emit("table.insert(true, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 0.5, "v" emit("table.insert(true, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, -1, "v" emit("table.insert(true, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 0/0, "v" emit("table.insert(true, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2^31, "v" emit("table.insert(true, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, -2^31, "v" emit("table.insert(true, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", nil, "v" emit("table.insert(abc, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", true, "v" emit("table.insert(abc, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", "abc", "v" emit("table.insert(abc, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", "1e2", "v" emit("table.insert(abc, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", {}, "v" emit("table.insert(abc, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", function() end, "v" emit("table.insert(abc, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 0.5, "v" emit("table.insert(abc, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", -1, "v" emit("table.insert(abc, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 0/0, "v" emit("table.insert(abc, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2^31, "v" emit("table.insert(abc, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", -2^31, "v" emit("table.insert(abc, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", nil, "v" emit("table.insert('1e2', nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", true, "v" emit("table.insert('1e2', true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", "abc", "v" emit("table.insert('1e2', abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", "1e2", "v" emit("table.insert('1e2', '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", {}, "v" emit("table.insert('1e2', {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", function() end, "v" emit("table.insert('1e2', function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 0.5, "v" emit("table.insert('1e2', 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", -1, "v" emit("table.insert('1e2', -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 0/0, "v" emit("table.insert('1e2', nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2^31, "v" emit("table.insert('1e2', 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", -2^31, "v" emit("table.insert('1e2', -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, nil, "v" emit("table.insert({}, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, true, "v" emit("table.insert({}, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, "abc", "v" emit("table.insert({}, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, "1e2", "v" emit("table.insert({}, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, {}, "v" emit("table.insert({}, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, function() end, "v" emit("table.insert({}, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 0.5, "v" emit("table.insert({}, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, -1, "v" emit("table.insert({}, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 0/0, "v" emit("table.insert({}, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2^31, "v" emit("table.insert({}, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, -2^31, "v" emit("table.insert({}, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, nil, "v" emit("table.insert(function, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, true, "v" emit("table.insert(function, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, "abc", "v" emit("table.insert(function, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, "1e2", "v" emit("table.insert(function, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, {}, "v" emit("table.insert(function, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, function() end, "v" emit("table.insert(function, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 0.5, "v" emit("table.insert(function, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, -1, "v" emit("table.insert(function, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 0/0, "v" emit("table.insert(function, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2^31, "v" emit("table.insert(function, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, -2^31, "v" emit("table.insert(function, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, nil, "v" emit("table.insert(0.5, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, true, "v" emit("table.insert(0.5, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, "abc", "v" emit("table.insert(0.5, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, "1e2", "v" emit("table.insert(0.5, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, {}, "v" emit("table.insert(0.5, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, function() end, "v" emit("table.insert(0.5, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 0.5, "v" emit("table.insert(0.5, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, -1, "v" emit("table.insert(0.5, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 0/0, "v" emit("table.insert(0.5, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2^31, "v" emit("table.insert(0.5, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, -2^31, "v" emit("table.insert(0.5, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, nil, "v" emit("table.insert(-1, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, true, "v" emit("table.insert(-1, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, "abc", "v" emit("table.insert(-1, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, "1e2", "v" emit("table.insert(-1, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, {}, "v" emit("table.insert(-1, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, function() end, "v" emit("table.insert(-1, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 0.5, "v" emit("table.insert(-1, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, -1, "v" emit("table.insert(-1, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 0/0, "v" emit("table.insert(-1, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2^31, "v" emit("table.insert(-1, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, -2^31, "v" emit("table.insert(-1, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, nil, "v" emit("table.insert(nan, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, true, "v" emit("table.insert(nan, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, "abc", "v" emit("table.insert(nan, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, "1e2", "v" emit("table.insert(nan, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, {}, "v" emit("table.insert(nan, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, function() end, "v" emit("table.insert(nan, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 0.5, "v" emit("table.insert(nan, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, -1, "v" emit("table.insert(nan, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 0/0, "v" emit("table.insert(nan, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2^31, "v" emit("table.insert(nan, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, -2^31, "v" emit("table.insert(nan, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, nil, "v" emit("table.insert(2^31, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, true, "v" emit("table.insert(2^31, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, "abc", "v" emit("table.insert(2^31, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, "1e2", "v" emit("table.insert(2^31, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, {}, "v" emit("table.insert(2^31, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, function() end, "v" emit("table.insert(2^31, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 0.5, "v" emit("table.insert(2^31, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, -1, "v" emit("table.insert(2^31, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 0/0, "v" emit("table.insert(2^31, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2^31, "v" emit("table.insert(2^31, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, -2^31, "v" emit("table.insert(2^31, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, nil, "v" emit("table.insert(-2^31, nil, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, true, "v" emit("table.insert(-2^31, true, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, "abc", "v" emit("table.insert(-2^31, abc, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, "1e2", "v" emit("table.insert(-2^31, '1e2', base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, {}, "v" emit("table.insert(-2^31, {}, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, function() end, "v" emit("table.insert(-2^31, function, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 0.5, "v" emit("table.insert(-2^31, 0.5, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, -1, "v" emit("table.insert(-2^31, -1, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 0/0, "v" emit("table.insert(-2^31, nan, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2^31, "v" emit("table.insert(-2^31, 2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, -2^31, "v" emit("table.insert(-2^31, -2^31, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
