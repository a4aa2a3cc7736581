-- Library-argument sweep ferrous-conformance run --sweep: table.concat/arg1x4
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
do local a1, a2, a3, a4 = nil, ", ", 1, nil emit("table.concat(nil, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, true emit("table.concat(nil, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, "abc" emit("table.concat(nil, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, "1e2" emit("table.concat(nil, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, {} emit("table.concat(nil, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, function() end emit("table.concat(nil, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, 0.5 emit("table.concat(nil, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, -1 emit("table.concat(nil, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, 0/0 emit("table.concat(nil, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, 2^31 emit("table.concat(nil, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, -2^31 emit("table.concat(nil, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, nil emit("table.concat(true, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, true emit("table.concat(true, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, "abc" emit("table.concat(true, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, "1e2" emit("table.concat(true, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, {} emit("table.concat(true, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, function() end emit("table.concat(true, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, 0.5 emit("table.concat(true, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, -1 emit("table.concat(true, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, 0/0 emit("table.concat(true, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, 2^31 emit("table.concat(true, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, -2^31 emit("table.concat(true, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, nil emit("table.concat(abc, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, true emit("table.concat(abc, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, "abc" emit("table.concat(abc, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, "1e2" emit("table.concat(abc, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, {} emit("table.concat(abc, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, function() end emit("table.concat(abc, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, 0.5 emit("table.concat(abc, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, -1 emit("table.concat(abc, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, 0/0 emit("table.concat(abc, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, 2^31 emit("table.concat(abc, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, -2^31 emit("table.concat(abc, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, nil emit("table.concat('1e2', base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, true emit("table.concat('1e2', base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, "abc" emit("table.concat('1e2', base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, "1e2" emit("table.concat('1e2', base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, {} emit("table.concat('1e2', base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, function() end emit("table.concat('1e2', base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, 0.5 emit("table.concat('1e2', base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, -1 emit("table.concat('1e2', base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, 0/0 emit("table.concat('1e2', base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, 2^31 emit("table.concat('1e2', base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, -2^31 emit("table.concat('1e2', base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, nil emit("table.concat({}, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, true emit("table.concat({}, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, "abc" emit("table.concat({}, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, "1e2" emit("table.concat({}, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, {} emit("table.concat({}, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, function() end emit("table.concat({}, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, 0.5 emit("table.concat({}, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, -1 emit("table.concat({}, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, 0/0 emit("table.concat({}, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, 2^31 emit("table.concat({}, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, -2^31 emit("table.concat({}, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, nil emit("table.concat(function, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, true emit("table.concat(function, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, "abc" emit("table.concat(function, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, "1e2" emit("table.concat(function, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, {} emit("table.concat(function, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, function() end emit("table.concat(function, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, 0.5 emit("table.concat(function, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, -1 emit("table.concat(function, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, 0/0 emit("table.concat(function, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, 2^31 emit("table.concat(function, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, -2^31 emit("table.concat(function, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, nil emit("table.concat(0.5, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, true emit("table.concat(0.5, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, "abc" emit("table.concat(0.5, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, "1e2" emit("table.concat(0.5, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, {} emit("table.concat(0.5, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, function() end emit("table.concat(0.5, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, 0.5 emit("table.concat(0.5, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, -1 emit("table.concat(0.5, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, 0/0 emit("table.concat(0.5, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, 2^31 emit("table.concat(0.5, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, -2^31 emit("table.concat(0.5, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, nil emit("table.concat(-1, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, true emit("table.concat(-1, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, "abc" emit("table.concat(-1, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, "1e2" emit("table.concat(-1, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, {} emit("table.concat(-1, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, function() end emit("table.concat(-1, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, 0.5 emit("table.concat(-1, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, -1 emit("table.concat(-1, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, 0/0 emit("table.concat(-1, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, 2^31 emit("table.concat(-1, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, -2^31 emit("table.concat(-1, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, nil emit("table.concat(nan, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, true emit("table.concat(nan, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, "abc" emit("table.concat(nan, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, "1e2" emit("table.concat(nan, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, {} emit("table.concat(nan, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, function() end emit("table.concat(nan, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, 0.5 emit("table.concat(nan, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, -1 emit("table.concat(nan, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, 0/0 emit("table.concat(nan, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, 2^31 emit("table.concat(nan, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, -2^31 emit("table.concat(nan, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, nil emit("table.concat(2^31, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, true emit("table.concat(2^31, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, "abc" emit("table.concat(2^31, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, "1e2" emit("table.concat(2^31, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, {} emit("table.concat(2^31, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, function() end emit("table.concat(2^31, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, 0.5 emit("table.concat(2^31, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, -1 emit("table.concat(2^31, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, 0/0 emit("table.concat(2^31, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, 2^31 emit("table.concat(2^31, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, -2^31 emit("table.concat(2^31, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, nil emit("table.concat(-2^31, base, base, nil)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, true emit("table.concat(-2^31, base, base, true)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, "abc" emit("table.concat(-2^31, base, base, abc)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, "1e2" emit("table.concat(-2^31, base, base, '1e2')", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, {} emit("table.concat(-2^31, base, base, {})", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, function() end emit("table.concat(-2^31, base, base, function)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, 0.5 emit("table.concat(-2^31, base, base, 0.5)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, -1 emit("table.concat(-2^31, base, base, -1)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, 0/0 emit("table.concat(-2^31, base, base, nan)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, 2^31 emit("table.concat(-2^31, base, base, 2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, -2^31 emit("table.concat(-2^31, base, base, -2^31)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
