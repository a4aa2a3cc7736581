-- Library-argument sweep ferrous-conformance run --sweep: string.find/arg1x3
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
do local a1, a2, a3, a4 = nil, "b", nil, false emit("string.find(nil, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", true, false emit("string.find(nil, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "abc", false emit("string.find(nil, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "1e2", false emit("string.find(nil, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", {}, false emit("string.find(nil, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", function() end, false emit("string.find(nil, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 0.5, false emit("string.find(nil, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", -1, false emit("string.find(nil, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 0/0, false emit("string.find(nil, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 2^31, false emit("string.find(nil, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", -2^31, false emit("string.find(nil, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", nil, false emit("string.find(true, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", true, false emit("string.find(true, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "abc", false emit("string.find(true, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "1e2", false emit("string.find(true, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", {}, false emit("string.find(true, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", function() end, false emit("string.find(true, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 0.5, false emit("string.find(true, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", -1, false emit("string.find(true, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 0/0, false emit("string.find(true, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 2^31, false emit("string.find(true, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", -2^31, false emit("string.find(true, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, false emit("string.find(abc, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, false emit("string.find(abc, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", false emit("string.find(abc, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", false emit("string.find(abc, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, false emit("string.find(abc, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, false emit("string.find(abc, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, false emit("string.find(abc, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, false emit("string.find(abc, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, false emit("string.find(abc, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, false emit("string.find(abc, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, false emit("string.find(abc, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", nil, false emit("string.find('1e2', base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", true, false emit("string.find('1e2', base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "abc", false emit("string.find('1e2', base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "1e2", false emit("string.find('1e2', base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", {}, false emit("string.find('1e2', base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", function() end, false emit("string.find('1e2', base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 0.5, false emit("string.find('1e2', base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", -1, false emit("string.find('1e2', base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 0/0, false emit("string.find('1e2', base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 2^31, false emit("string.find('1e2', base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", -2^31, false emit("string.find('1e2', base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", nil, false emit("string.find({}, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", true, false emit("string.find({}, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "abc", false emit("string.find({}, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "1e2", false emit("string.find({}, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", {}, false emit("string.find({}, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", function() end, false emit("string.find({}, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 0.5, false emit("string.find({}, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", -1, false emit("string.find({}, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 0/0, false emit("string.find({}, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 2^31, false emit("string.find({}, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", -2^31, false emit("string.find({}, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", nil, false emit("string.find(function, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", true, false emit("string.find(function, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "abc", false emit("string.find(function, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "1e2", false emit("string.find(function, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", {}, false emit("string.find(function, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", function() end, false emit("string.find(function, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 0.5, false emit("string.find(function, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", -1, false emit("string.find(function, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 0/0, false emit("string.find(function, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 2^31, false emit("string.find(function, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", -2^31, false emit("string.find(function, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", nil, false emit("string.find(0.5, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", true, false emit("string.find(0.5, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "abc", false emit("string.find(0.5, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "1e2", false emit("string.find(0.5, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", {}, false emit("string.find(0.5, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", function() end, false emit("string.find(0.5, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 0.5, false emit("string.find(0.5, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", -1, false emit("string.find(0.5, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 0/0, false emit("string.find(0.5, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 2^31, false emit("string.find(0.5, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", -2^31, false emit("string.find(0.5, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", nil, false emit("string.find(-1, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", true, false emit("string.find(-1, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "abc", false emit("string.find(-1, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "1e2", false emit("string.find(-1, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", {}, false emit("string.find(-1, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", function() end, false emit("string.find(-1, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 0.5, false emit("string.find(-1, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", -1, false emit("string.find(-1, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 0/0, false emit("string.find(-1, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 2^31, false emit("string.find(-1, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", -2^31, false emit("string.find(-1, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", nil, false emit("string.find(nan, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", true, false emit("string.find(nan, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "abc", false emit("string.find(nan, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "1e2", false emit("string.find(nan, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", {}, false emit("string.find(nan, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", function() end, false emit("string.find(nan, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 0.5, false emit("string.find(nan, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", -1, false emit("string.find(nan, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 0/0, false emit("string.find(nan, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 2^31, false emit("string.find(nan, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", -2^31, false emit("string.find(nan, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", nil, false emit("string.find(2^31, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", true, false emit("string.find(2^31, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "abc", false emit("string.find(2^31, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "1e2", false emit("string.find(2^31, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", {}, false emit("string.find(2^31, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", function() end, false emit("string.find(2^31, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 0.5, false emit("string.find(2^31, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", -1, false emit("string.find(2^31, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 0/0, false emit("string.find(2^31, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 2^31, false emit("string.find(2^31, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", -2^31, false emit("string.find(2^31, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", nil, false emit("string.find(-2^31, base, nil, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", true, false emit("string.find(-2^31, base, true, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "abc", false emit("string.find(-2^31, base, abc, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "1e2", false emit("string.find(-2^31, base, '1e2', base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", {}, false emit("string.find(-2^31, base, {}, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", function() end, false emit("string.find(-2^31, base, function, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 0.5, false emit("string.find(-2^31, base, 0.5, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", -1, false emit("string.find(-2^31, base, -1, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 0/0, false emit("string.find(-2^31, base, nan, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 2^31, false emit("string.find(-2^31, base, 2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", -2^31, false emit("string.find(-2^31, base, -2^31, base)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
