-- Library-argument sweep ferrous-conformance run --sweep: string.find/arg2x3
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
do local a1, a2, a3, a4 = "abc", nil, nil, false emit("string.find(base, nil, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, true, false emit("string.find(base, nil, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, "abc", false emit("string.find(base, nil, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, "1e2", false emit("string.find(base, nil, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, {}, false emit("string.find(base, nil, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, function() end, false emit("string.find(base, nil, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 0.5, false emit("string.find(base, nil, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, -1, false emit("string.find(base, nil, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 0/0, false emit("string.find(base, nil, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 2^31, false emit("string.find(base, nil, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, -2^31, false emit("string.find(base, nil, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, nil, false emit("string.find(base, true, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, true, false emit("string.find(base, true, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, "abc", false emit("string.find(base, true, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, "1e2", false emit("string.find(base, true, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, {}, false emit("string.find(base, true, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, function() end, false emit("string.find(base, true, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 0.5, false emit("string.find(base, true, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, -1, false emit("string.find(base, true, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 0/0, false emit("string.find(base, true, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 2^31, false emit("string.find(base, true, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, -2^31, false emit("string.find(base, true, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", nil, false emit("string.find(base, abc, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", true, false emit("string.find(base, abc, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", "abc", false emit("string.find(base, abc, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", "1e2", false emit("string.find(base, abc, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", {}, false emit("string.find(base, abc, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", function() end, false emit("string.find(base, abc, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 0.5, false emit("string.find(base, abc, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", -1, false emit("string.find(base, abc, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 0/0, false emit("string.find(base, abc, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 2^31, false emit("string.find(base, abc, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", -2^31, false emit("string.find(base, abc, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", nil, false emit("string.find(base, '1e2', nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", true, false emit("string.find(base, '1e2', true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", "abc", false emit("string.find(base, '1e2', abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", "1e2", false emit("string.find(base, '1e2', '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", {}, false emit("string.find(base, '1e2', {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", function() end, false emit("string.find(base, '1e2', function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 0.5, false emit("string.find(base, '1e2', 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", -1, false emit("string.find(base, '1e2', -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 0/0, false emit("string.find(base, '1e2', nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 2^31, false emit("string.find(base, '1e2', 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", -2^31, false emit("string.find(base, '1e2', -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, nil, false emit("string.find(base, {}, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, true, false emit("string.find(base, {}, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, "abc", false emit("string.find(base, {}, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, "1e2", false emit("string.find(base, {}, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, {}, false emit("string.find(base, {}, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, function() end, false emit("string.find(base, {}, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 0.5, false emit("string.find(base, {}, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, -1, false emit("string.find(base, {}, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 0/0, false emit("string.find(base, {}, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 2^31, false emit("string.find(base, {}, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, -2^31, false emit("string.find(base, {}, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, nil, false emit("string.find(base, function, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, true, false emit("string.find(base, function, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, "abc", false emit("string.find(base, function, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, "1e2", false emit("string.find(base, function, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, {}, false emit("string.find(base, function, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, function() end, false emit("string.find(base, function, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 0.5, false emit("string.find(base, function, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, -1, false emit("string.find(base, function, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 0/0, false emit("string.find(base, function, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 2^31, false emit("string.find(base, function, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, -2^31, false emit("string.find(base, function, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, nil, false emit("string.find(base, 0.5, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, true, false emit("string.find(base, 0.5, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, "abc", false emit("string.find(base, 0.5, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, "1e2", false emit("string.find(base, 0.5, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, {}, false emit("string.find(base, 0.5, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, function() end, false emit("string.find(base, 0.5, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 0.5, false emit("string.find(base, 0.5, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, -1, false emit("string.find(base, 0.5, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 0/0, false emit("string.find(base, 0.5, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 2^31, false emit("string.find(base, 0.5, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, -2^31, false emit("string.find(base, 0.5, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, nil, false emit("string.find(base, -1, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, true, false emit("string.find(base, -1, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, "abc", false emit("string.find(base, -1, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, "1e2", false emit("string.find(base, -1, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, {}, false emit("string.find(base, -1, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, function() end, false emit("string.find(base, -1, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 0.5, false emit("string.find(base, -1, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, -1, false emit("string.find(base, -1, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 0/0, false emit("string.find(base, -1, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 2^31, false emit("string.find(base, -1, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, -2^31, false emit("string.find(base, -1, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, nil, false emit("string.find(base, nan, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, true, false emit("string.find(base, nan, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, "abc", false emit("string.find(base, nan, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, "1e2", false emit("string.find(base, nan, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, {}, false emit("string.find(base, nan, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, function() end, false emit("string.find(base, nan, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 0.5, false emit("string.find(base, nan, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, -1, false emit("string.find(base, nan, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 0/0, false emit("string.find(base, nan, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 2^31, false emit("string.find(base, nan, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, -2^31, false emit("string.find(base, nan, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, nil, false emit("string.find(base, 2^31, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, true, false emit("string.find(base, 2^31, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, "abc", false emit("string.find(base, 2^31, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, "1e2", false emit("string.find(base, 2^31, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, {}, false emit("string.find(base, 2^31, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, function() end, false emit("string.find(base, 2^31, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 0.5, false emit("string.find(base, 2^31, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, -1, false emit("string.find(base, 2^31, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 0/0, false emit("string.find(base, 2^31, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 2^31, false emit("string.find(base, 2^31, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, -2^31, false emit("string.find(base, 2^31, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, nil, false emit("string.find(base, -2^31, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, true, false emit("string.find(base, -2^31, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, "abc", false emit("string.find(base, -2^31, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, "1e2", false emit("string.find(base, -2^31, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, {}, false emit("string.find(base, -2^31, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, function() end, false emit("string.find(base, -2^31, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 0.5, false emit("string.find(base, -2^31, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, -1, false emit("string.find(base, -2^31, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 0/0, false emit("string.find(base, -2^31, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 2^31, false emit("string.find(base, -2^31, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, -2^31, false emit("string.find(base, -2^31, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
