-- Library-argument sweep ferrous-conformance run --sweep: table.concat/arg1x2
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
do local a1, a2, a3, a4 = nil, nil, 1, 3 emit("table.concat(nil, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, true, 1, 3 emit("table.concat(nil, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "abc", 1, 3 emit("table.concat(nil, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "1e2", 1, 3 emit("table.concat(nil, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, {}, 1, 3 emit("table.concat(nil, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, function() end, 1, 3 emit("table.concat(nil, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, 0.5, 1, 3 emit("table.concat(nil, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, -1, 1, 3 emit("table.concat(nil, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, 0/0, 1, 3 emit("table.concat(nil, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, 2^31, 1, 3 emit("table.concat(nil, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, -2^31, 1, 3 emit("table.concat(nil, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, nil, 1, 3 emit("table.concat(true, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, true, 1, 3 emit("table.concat(true, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "abc", 1, 3 emit("table.concat(true, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "1e2", 1, 3 emit("table.concat(true, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, {}, 1, 3 emit("table.concat(true, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, function() end, 1, 3 emit("table.concat(true, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, 0.5, 1, 3 emit("table.concat(true, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, -1, 1, 3 emit("table.concat(true, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, 0/0, 1, 3 emit("table.concat(true, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, 2^31, 1, 3 emit("table.concat(true, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, -2^31, 1, 3 emit("table.concat(true, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, 3 emit("table.concat(abc, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, 3 emit("table.concat(abc, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, 3 emit("table.concat(abc, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, 3 emit("table.concat(abc, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, 3 emit("table.concat(abc, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, 3 emit("table.concat(abc, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, 3 emit("table.concat(abc, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, 3 emit("table.concat(abc, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, 3 emit("table.concat(abc, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, 3 emit("table.concat(abc, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, 3 emit("table.concat(abc, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", nil, 1, 3 emit("table.concat('1e2', nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", true, 1, 3 emit("table.concat('1e2', true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "abc", 1, 3 emit("table.concat('1e2', abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "1e2", 1, 3 emit("table.concat('1e2', '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", {}, 1, 3 emit("table.concat('1e2', {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", function() end, 1, 3 emit("table.concat('1e2', function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", 0.5, 1, 3 emit("table.concat('1e2', 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", -1, 1, 3 emit("table.concat('1e2', -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", 0/0, 1, 3 emit("table.concat('1e2', nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", 2^31, 1, 3 emit("table.concat('1e2', 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", -2^31, 1, 3 emit("table.concat('1e2', -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, nil, 1, 3 emit("table.concat({}, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, true, 1, 3 emit("table.concat({}, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "abc", 1, 3 emit("table.concat({}, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "1e2", 1, 3 emit("table.concat({}, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, {}, 1, 3 emit("table.concat({}, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, function() end, 1, 3 emit("table.concat({}, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, 0.5, 1, 3 emit("table.concat({}, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, -1, 1, 3 emit("table.concat({}, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, 0/0, 1, 3 emit("table.concat({}, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, 2^31, 1, 3 emit("table.concat({}, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, -2^31, 1, 3 emit("table.concat({}, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, nil, 1, 3 emit("table.concat(function, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, true, 1, 3 emit("table.concat(function, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "abc", 1, 3 emit("table.concat(function, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "1e2", 1, 3 emit("table.concat(function, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, {}, 1, 3 emit("table.concat(function, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, function() end, 1, 3 emit("table.concat(function, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, 0.5, 1, 3 emit("table.concat(function, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, -1, 1, 3 emit("table.concat(function, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, 0/0, 1, 3 emit("table.concat(function, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, 2^31, 1, 3 emit("table.concat(function, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, -2^31, 1, 3 emit("table.concat(function, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, nil, 1, 3 emit("table.concat(0.5, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, true, 1, 3 emit("table.concat(0.5, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "abc", 1, 3 emit("table.concat(0.5, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "1e2", 1, 3 emit("table.concat(0.5, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, {}, 1, 3 emit("table.concat(0.5, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, function() end, 1, 3 emit("table.concat(0.5, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, 0.5, 1, 3 emit("table.concat(0.5, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, -1, 1, 3 emit("table.concat(0.5, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, 0/0, 1, 3 emit("table.concat(0.5, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, 2^31, 1, 3 emit("table.concat(0.5, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, -2^31, 1, 3 emit("table.concat(0.5, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, nil, 1, 3 emit("table.concat(-1, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, true, 1, 3 emit("table.concat(-1, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "abc", 1, 3 emit("table.concat(-1, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "1e2", 1, 3 emit("table.concat(-1, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, {}, 1, 3 emit("table.concat(-1, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, function() end, 1, 3 emit("table.concat(-1, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, 0.5, 1, 3 emit("table.concat(-1, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, -1, 1, 3 emit("table.concat(-1, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, 0/0, 1, 3 emit("table.concat(-1, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, 2^31, 1, 3 emit("table.concat(-1, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, -2^31, 1, 3 emit("table.concat(-1, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, nil, 1, 3 emit("table.concat(nan, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, true, 1, 3 emit("table.concat(nan, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "abc", 1, 3 emit("table.concat(nan, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "1e2", 1, 3 emit("table.concat(nan, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, {}, 1, 3 emit("table.concat(nan, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, function() end, 1, 3 emit("table.concat(nan, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, 0.5, 1, 3 emit("table.concat(nan, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, -1, 1, 3 emit("table.concat(nan, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, 0/0, 1, 3 emit("table.concat(nan, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, 2^31, 1, 3 emit("table.concat(nan, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, -2^31, 1, 3 emit("table.concat(nan, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, nil, 1, 3 emit("table.concat(2^31, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, true, 1, 3 emit("table.concat(2^31, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "abc", 1, 3 emit("table.concat(2^31, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "1e2", 1, 3 emit("table.concat(2^31, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, {}, 1, 3 emit("table.concat(2^31, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, function() end, 1, 3 emit("table.concat(2^31, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, 0.5, 1, 3 emit("table.concat(2^31, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, -1, 1, 3 emit("table.concat(2^31, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, 0/0, 1, 3 emit("table.concat(2^31, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, 2^31, 1, 3 emit("table.concat(2^31, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, -2^31, 1, 3 emit("table.concat(2^31, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, nil, 1, 3 emit("table.concat(-2^31, nil, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, true, 1, 3 emit("table.concat(-2^31, true, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "abc", 1, 3 emit("table.concat(-2^31, abc, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "1e2", 1, 3 emit("table.concat(-2^31, '1e2', base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, {}, 1, 3 emit("table.concat(-2^31, {}, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, function() end, 1, 3 emit("table.concat(-2^31, function, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, 0.5, 1, 3 emit("table.concat(-2^31, 0.5, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, -1, 1, 3 emit("table.concat(-2^31, -1, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, 0/0, 1, 3 emit("table.concat(-2^31, nan, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, 2^31, 1, 3 emit("table.concat(-2^31, 2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, -2^31, 1, 3 emit("table.concat(-2^31, -2^31, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
