-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg1x3
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
do local a1, a2, a3, a4 = nil, "b", nil, 1 emit("string.gsub(nil, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", true, 1 emit("string.gsub(nil, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "abc", 1 emit("string.gsub(nil, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "1e2", 1 emit("string.gsub(nil, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", {}, 1 emit("string.gsub(nil, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", function() end, 1 emit("string.gsub(nil, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 0.5, 1 emit("string.gsub(nil, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", -1, 1 emit("string.gsub(nil, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 0/0, 1 emit("string.gsub(nil, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 2^31, 1 emit("string.gsub(nil, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", -2^31, 1 emit("string.gsub(nil, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", nil, 1 emit("string.gsub(true, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", true, 1 emit("string.gsub(true, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "abc", 1 emit("string.gsub(true, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "1e2", 1 emit("string.gsub(true, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", {}, 1 emit("string.gsub(true, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", function() end, 1 emit("string.gsub(true, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 0.5, 1 emit("string.gsub(true, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", -1, 1 emit("string.gsub(true, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 0/0, 1 emit("string.gsub(true, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 2^31, 1 emit("string.gsub(true, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", -2^31, 1 emit("string.gsub(true, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, 1 emit("string.gsub(abc, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, 1 emit("string.gsub(abc, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", 1 emit("string.gsub(abc, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", 1 emit("string.gsub(abc, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, 1 emit("string.gsub(abc, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, 1 emit("string.gsub(abc, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, 1 emit("string.gsub(abc, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, 1 emit("string.gsub(abc, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, 1 emit("string.gsub(abc, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, 1 emit("string.gsub(abc, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, 1 emit("string.gsub(abc, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", nil, 1 emit("string.gsub('1e2', base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", true, 1 emit("string.gsub('1e2', base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "abc", 1 emit("string.gsub('1e2', base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "1e2", 1 emit("string.gsub('1e2', base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", {}, 1 emit("string.gsub('1e2', base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", function() end, 1 emit("string.gsub('1e2', base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 0.5, 1 emit("string.gsub('1e2', base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", -1, 1 emit("string.gsub('1e2', base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 0/0, 1 emit("string.gsub('1e2', base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 2^31, 1 emit("string.gsub('1e2', base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", -2^31, 1 emit("string.gsub('1e2', base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", nil, 1 emit("string.gsub({}, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", true, 1 emit("string.gsub({}, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "abc", 1 emit("string.gsub({}, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "1e2", 1 emit("string.gsub({}, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", {}, 1 emit("string.gsub({}, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", function() end, 1 emit("string.gsub({}, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 0.5, 1 emit("string.gsub({}, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", -1, 1 emit("string.gsub({}, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 0/0, 1 emit("string.gsub({}, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 2^31, 1 emit("string.gsub({}, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", -2^31, 1 emit("string.gsub({}, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", nil, 1 emit("string.gsub(function, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", true, 1 emit("string.gsub(function, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "abc", 1 emit("string.gsub(function, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "1e2", 1 emit("string.gsub(function, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", {}, 1 emit("string.gsub(function, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", function() end, 1 emit("string.gsub(function, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 0.5, 1 emit("string.gsub(function, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", -1, 1 emit("string.gsub(function, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 0/0, 1 emit("string.gsub(function, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 2^31, 1 emit("string.gsub(function, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", -2^31, 1 emit("string.gsub(function, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", nil, 1 emit("string.gsub(0.5, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", true, 1 emit("string.gsub(0.5, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "abc", 1 emit("string.gsub(0.5, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "1e2", 1 emit("string.gsub(0.5, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", {}, 1 emit("string.gsub(0.5, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", function() end, 1 emit("string.gsub(0.5, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 0.5, 1 emit("string.gsub(0.5, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", -1, 1 emit("string.gsub(0.5, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 0/0, 1 emit("string.gsub(0.5, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 2^31, 1 emit("string.gsub(0.5, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", -2^31, 1 emit("string.gsub(0.5, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", nil, 1 emit("string.gsub(-1, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", true, 1 emit("string.gsub(-1, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "abc", 1 emit("string.gsub(-1, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "1e2", 1 emit("string.gsub(-1, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", {}, 1 emit("string.gsub(-1, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", function() end, 1 emit("string.gsub(-1, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 0.5, 1 emit("string.gsub(-1, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", -1, 1 emit("string.gsub(-1, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 0/0, 1 emit("string.gsub(-1, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 2^31, 1 emit("string.gsub(-1, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", -2^31, 1 emit("string.gsub(-1, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", nil, 1 emit("string.gsub(nan, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", true, 1 emit("string.gsub(nan, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "abc", 1 emit("string.gsub(nan, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "1e2", 1 emit("string.gsub(nan, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", {}, 1 emit("string.gsub(nan, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", function() end, 1 emit("string.gsub(nan, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 0.5, 1 emit("string.gsub(nan, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", -1, 1 emit("string.gsub(nan, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 0/0, 1 emit("string.gsub(nan, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 2^31, 1 emit("string.gsub(nan, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", -2^31, 1 emit("string.gsub(nan, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", nil, 1 emit("string.gsub(2^31, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", true, 1 emit("string.gsub(2^31, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "abc", 1 emit("string.gsub(2^31, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "1e2", 1 emit("string.gsub(2^31, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", {}, 1 emit("string.gsub(2^31, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", function() end, 1 emit("string.gsub(2^31, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 0.5, 1 emit("string.gsub(2^31, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", -1, 1 emit("string.gsub(2^31, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 0/0, 1 emit("string.gsub(2^31, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 2^31, 1 emit("string.gsub(2^31, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", -2^31, 1 emit("string.gsub(2^31, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", nil, 1 emit("string.gsub(-2^31, base, nil, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", true, 1 emit("string.gsub(-2^31, base, true, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "abc", 1 emit("string.gsub(-2^31, base, abc, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "1e2", 1 emit("string.gsub(-2^31, base, '1e2', base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", {}, 1 emit("string.gsub(-2^31, base, {}, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", function() end, 1 emit("string.gsub(-2^31, base, function, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 0.5, 1 emit("string.gsub(-2^31, base, 0.5, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", -1, 1 emit("string.gsub(-2^31, base, -1, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 0/0, 1 emit("string.gsub(-2^31, base, nan, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 2^31, 1 emit("string.gsub(-2^31, base, 2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", -2^31, 1 emit("string.gsub(-2^31, base, -2^31, base)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
