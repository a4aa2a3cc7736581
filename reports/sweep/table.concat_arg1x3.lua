-- Library-argument sweep ferrous-conformance run --sweep: table.concat/arg1x3
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
do local a1, a2, a3, a4 = nil, ", ", nil, 3 emit("table.concat(nil, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", true, 3 emit("table.concat(nil, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", "abc", 3 emit("table.concat(nil, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", "1e2", 3 emit("table.concat(nil, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", {}, 3 emit("table.concat(nil, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", function() end, 3 emit("table.concat(nil, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 0.5, 3 emit("table.concat(nil, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", -1, 3 emit("table.concat(nil, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 0/0, 3 emit("table.concat(nil, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 2^31, 3 emit("table.concat(nil, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", -2^31, 3 emit("table.concat(nil, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", nil, 3 emit("table.concat(true, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", true, 3 emit("table.concat(true, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", "abc", 3 emit("table.concat(true, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", "1e2", 3 emit("table.concat(true, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", {}, 3 emit("table.concat(true, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", function() end, 3 emit("table.concat(true, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 0.5, 3 emit("table.concat(true, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", -1, 3 emit("table.concat(true, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 0/0, 3 emit("table.concat(true, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 2^31, 3 emit("table.concat(true, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", -2^31, 3 emit("table.concat(true, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", nil, 3 emit("table.concat(abc, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", true, 3 emit("table.concat(abc, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", "abc", 3 emit("table.concat(abc, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", "1e2", 3 emit("table.concat(abc, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", {}, 3 emit("table.concat(abc, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", function() end, 3 emit("table.concat(abc, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 0.5, 3 emit("table.concat(abc, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", -1, 3 emit("table.concat(abc, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 0/0, 3 emit("table.concat(abc, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 2^31, 3 emit("table.concat(abc, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", -2^31, 3 emit("table.concat(abc, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", nil, 3 emit("table.concat('1e2', base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", true, 3 emit("table.concat('1e2', base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", "abc", 3 emit("table.concat('1e2', base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", "1e2", 3 emit("table.concat('1e2', base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", {}, 3 emit("table.concat('1e2', base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", function() end, 3 emit("table.concat('1e2', base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 0.5, 3 emit("table.concat('1e2', base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", -1, 3 emit("table.concat('1e2', base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 0/0, 3 emit("table.concat('1e2', base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 2^31, 3 emit("table.concat('1e2', base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", -2^31, 3 emit("table.concat('1e2', base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", nil, 3 emit("table.concat({}, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", true, 3 emit("table.concat({}, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", "abc", 3 emit("table.concat({}, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", "1e2", 3 emit("table.concat({}, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", {}, 3 emit("table.concat({}, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", function() end, 3 emit("table.concat({}, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 0.5, 3 emit("table.concat({}, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", -1, 3 emit("table.concat({}, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 0/0, 3 emit("table.concat({}, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 2^31, 3 emit("table.concat({}, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", -2^31, 3 emit("table.concat({}, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", nil, 3 emit("table.concat(function, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", true, 3 emit("table.concat(function, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", "abc", 3 emit("table.concat(function, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", "1e2", 3 emit("table.concat(function, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", {}, 3 emit("table.concat(function, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", function() end, 3 emit("table.concat(function, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 0.5, 3 emit("table.concat(function, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", -1, 3 emit("table.concat(function, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 0/0, 3 emit("table.concat(function, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 2^31, 3 emit("table.concat(function, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", -2^31, 3 emit("table.concat(function, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", nil, 3 emit("table.concat(0.5, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", true, 3 emit("table.concat(0.5, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", "abc", 3 emit("table.concat(0.5, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", "1e2", 3 emit("table.concat(0.5, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", {}, 3 emit("table.concat(0.5, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", function() end, 3 emit("table.concat(0.5, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 0.5, 3 emit("table.concat(0.5, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", -1, 3 emit("table.concat(0.5, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 0/0, 3 emit("table.concat(0.5, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 2^31, 3 emit("table.concat(0.5, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", -2^31, 3 emit("table.concat(0.5, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", nil, 3 emit("table.concat(-1, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", true, 3 emit("table.concat(-1, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", "abc", 3 emit("table.concat(-1, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", "1e2", 3 emit("table.concat(-1, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", {}, 3 emit("table.concat(-1, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", function() end, 3 emit("table.concat(-1, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 0.5, 3 emit("table.concat(-1, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", -1, 3 emit("table.concat(-1, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 0/0, 3 emit("table.concat(-1, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 2^31, 3 emit("table.concat(-1, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", -2^31, 3 emit("table.concat(-1, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", nil, 3 emit("table.concat(nan, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", true, 3 emit("table.concat(nan, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", "abc", 3 emit("table.concat(nan, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", "1e2", 3 emit("table.concat(nan, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", {}, 3 emit("table.concat(nan, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", function() end, 3 emit("table.concat(nan, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 0.5, 3 emit("table.concat(nan, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", -1, 3 emit("table.concat(nan, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 0/0, 3 emit("table.concat(nan, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 2^31, 3 emit("table.concat(nan, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", -2^31, 3 emit("table.concat(nan, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", nil, 3 emit("table.concat(2^31, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", true, 3 emit("table.concat(2^31, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", "abc", 3 emit("table.concat(2^31, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", "1e2", 3 emit("table.concat(2^31, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", {}, 3 emit("table.concat(2^31, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", function() end, 3 emit("table.concat(2^31, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 0.5, 3 emit("table.concat(2^31, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", -1, 3 emit("table.concat(2^31, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 0/0, 3 emit("table.concat(2^31, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 2^31, 3 emit("table.concat(2^31, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", -2^31, 3 emit("table.concat(2^31, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", nil, 3 emit("table.concat(-2^31, base, nil, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", true, 3 emit("table.concat(-2^31, base, true, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", "abc", 3 emit("table.concat(-2^31, base, abc, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", "1e2", 3 emit("table.concat(-2^31, base, '1e2', base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", {}, 3 emit("table.concat(-2^31, base, {}, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", function() end, 3 emit("table.concat(-2^31, base, function, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 0.5, 3 emit("table.concat(-2^31, base, 0.5, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", -1, 3 emit("table.concat(-2^31, base, -1, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 0/0, 3 emit("table.concat(-2^31, base, nan, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 2^31, 3 emit("table.concat(-2^31, base, 2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", -2^31, 3 emit("table.concat(-2^31, base, -2^31, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
