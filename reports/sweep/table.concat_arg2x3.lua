-- Library-argument sweep ferrous-conformance run --sweep: table.concat/arg2x3
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
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, nil, 3 emit("table.concat(base, nil, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, true, 3 emit("table.concat(base, nil, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, "abc", 3 emit("table.concat(base, nil, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, "1e2", 3 emit("table.concat(base, nil, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, {}, 3 emit("table.concat(base, nil, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, function() end, 3 emit("table.concat(base, nil, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, 0.5, 3 emit("table.concat(base, nil, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, -1, 3 emit("table.concat(base, nil, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, 0/0, 3 emit("table.concat(base, nil, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, 2^31, 3 emit("table.concat(base, nil, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, nil, -2^31, 3 emit("table.concat(base, nil, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, nil, 3 emit("table.concat(base, true, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, true, 3 emit("table.concat(base, true, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, "abc", 3 emit("table.concat(base, true, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, "1e2", 3 emit("table.concat(base, true, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, {}, 3 emit("table.concat(base, true, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, function() end, 3 emit("table.concat(base, true, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, 0.5, 3 emit("table.concat(base, true, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, -1, 3 emit("table.concat(base, true, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, 0/0, 3 emit("table.concat(base, true, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, 2^31, 3 emit("table.concat(base, true, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, true, -2^31, 3 emit("table.concat(base, true, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", nil, 3 emit("table.concat(base, abc, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", true, 3 emit("table.concat(base, abc, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", "abc", 3 emit("table.concat(base, abc, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", "1e2", 3 emit("table.concat(base, abc, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", {}, 3 emit("table.concat(base, abc, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", function() end, 3 emit("table.concat(base, abc, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", 0.5, 3 emit("table.concat(base, abc, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", -1, 3 emit("table.concat(base, abc, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", 0/0, 3 emit("table.concat(base, abc, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", 2^31, 3 emit("table.concat(base, abc, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "abc", -2^31, 3 emit("table.concat(base, abc, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", nil, 3 emit("table.concat(base, '1e2', nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", true, 3 emit("table.concat(base, '1e2', true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", "abc", 3 emit("table.concat(base, '1e2', abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", "1e2", 3 emit("table.concat(base, '1e2', '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", {}, 3 emit("table.concat(base, '1e2', {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", function() end, 3 emit("table.concat(base, '1e2', function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", 0.5, 3 emit("table.concat(base, '1e2', 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", -1, 3 emit("table.concat(base, '1e2', -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", 0/0, 3 emit("table.concat(base, '1e2', nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", 2^31, 3 emit("table.concat(base, '1e2', 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, "1e2", -2^31, 3 emit("table.concat(base, '1e2', -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, nil, 3 emit("table.concat(base, {}, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, true, 3 emit("table.concat(base, {}, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, "abc", 3 emit("table.concat(base, {}, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, "1e2", 3 emit("table.concat(base, {}, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, {}, 3 emit("table.concat(base, {}, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, function() end, 3 emit("table.concat(base, {}, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, 0.5, 3 emit("table.concat(base, {}, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, -1, 3 emit("table.concat(base, {}, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, 0/0, 3 emit("table.concat(base, {}, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, 2^31, 3 emit("table.concat(base, {}, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, {}, -2^31, 3 emit("table.concat(base, {}, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, nil, 3 emit("table.concat(base, function, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, true, 3 emit("table.concat(base, function, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, "abc", 3 emit("table.concat(base, function, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, "1e2", 3 emit("table.concat(base, function, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, {}, 3 emit("table.concat(base, function, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, function() end, 3 emit("table.concat(base, function, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, 0.5, 3 emit("table.concat(base, function, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, -1, 3 emit("table.concat(base, function, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, 0/0, 3 emit("table.concat(base, function, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, 2^31, 3 emit("table.concat(base, function, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, function() end, -2^31, 3 emit("table.concat(base, function, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, nil, 3 emit("table.concat(base, 0.5, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, true, 3 emit("table.concat(base, 0.5, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, "abc", 3 emit("table.concat(base, 0.5, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, "1e2", 3 emit("table.concat(base, 0.5, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, {}, 3 emit("table.concat(base, 0.5, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, function() end, 3 emit("table.concat(base, 0.5, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, 0.5, 3 emit("table.concat(base, 0.5, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, -1, 3 emit("table.concat(base, 0.5, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, 0/0, 3 emit("table.concat(base, 0.5, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, 2^31, 3 emit("table.concat(base, 0.5, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0.5, -2^31, 3 emit("table.concat(base, 0.5, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, nil, 3 emit("table.concat(base, -1, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, true, 3 emit("table.concat(base, -1, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, "abc", 3 emit("table.concat(base, -1, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, "1e2", 3 emit("table.concat(base, -1, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, {}, 3 emit("table.concat(base, -1, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, function() end, 3 emit("table.concat(base, -1, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, 0.5, 3 emit("table.concat(base, -1, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, -1, 3 emit("table.concat(base, -1, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, 0/0, 3 emit("table.concat(base, -1, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, 2^31, 3 emit("table.concat(base, -1, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -1, -2^31, 3 emit("table.concat(base, -1, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, nil, 3 emit("table.concat(base, nan, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, true, 3 emit("table.concat(base, nan, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, "abc", 3 emit("table.concat(base, nan, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, "1e2", 3 emit("table.concat(base, nan, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, {}, 3 emit("table.concat(base, nan, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, function() end, 3 emit("table.concat(base, nan, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, 0.5, 3 emit("table.concat(base, nan, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, -1, 3 emit("table.concat(base, nan, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, 0/0, 3 emit("table.concat(base, nan, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, 2^31, 3 emit("table.concat(base, nan, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 0/0, -2^31, 3 emit("table.concat(base, nan, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, nil, 3 emit("table.concat(base, 2^31, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, true, 3 emit("table.concat(base, 2^31, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, "abc", 3 emit("table.concat(base, 2^31, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, "1e2", 3 emit("table.concat(base, 2^31, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, {}, 3 emit("table.concat(base, 2^31, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, function() end, 3 emit("table.concat(base, 2^31, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, 0.5, 3 emit("table.concat(base, 2^31, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, -1, 3 emit("table.concat(base, 2^31, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, 0/0, 3 emit("table.concat(base, 2^31, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, 2^31, 3 emit("table.concat(base, 2^31, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, 2^31, -2^31, 3 emit("table.concat(base, 2^31, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, nil, 3 emit("table.concat(base, -2^31, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, true, 3 emit("table.concat(base, -2^31, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, "abc", 3 emit("table.concat(base, -2^31, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, "1e2", 3 emit("table.concat(base, -2^31, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, {}, 3 emit("table.concat(base, -2^31, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, function() end, 3 emit("table.concat(base, -2^31, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, 0.5, 3 emit("table.concat(base, -2^31, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, -1, 3 emit("table.concat(base, -2^31, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, 0/0, 3 emit("table.concat(base, -2^31, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, 2^31, 3 emit("table.concat(base, -2^31, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, "x"}, -2^31, -2^31, 3 emit("table.concat(base, -2^31, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
