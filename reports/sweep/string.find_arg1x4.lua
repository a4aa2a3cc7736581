-- Library-argument sweep ferrous-conformance run --sweep: string.find/arg1x4
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
do local a1, a2, a3, a4 = nil, "b", 1, nil emit("string.find(nil, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, true emit("string.find(nil, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, "abc" emit("string.find(nil, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, "1e2" emit("string.find(nil, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, {} emit("string.find(nil, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, function() end emit("string.find(nil, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, 0.5 emit("string.find(nil, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, -1 emit("string.find(nil, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, 0/0 emit("string.find(nil, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, 2^31 emit("string.find(nil, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", 1, -2^31 emit("string.find(nil, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, nil emit("string.find(true, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, true emit("string.find(true, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, "abc" emit("string.find(true, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, "1e2" emit("string.find(true, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, {} emit("string.find(true, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, function() end emit("string.find(true, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, 0.5 emit("string.find(true, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, -1 emit("string.find(true, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, 0/0 emit("string.find(true, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, 2^31 emit("string.find(true, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", 1, -2^31 emit("string.find(true, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, nil emit("string.find(abc, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, true emit("string.find(abc, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, "abc" emit("string.find(abc, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, "1e2" emit("string.find(abc, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, {} emit("string.find(abc, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, function() end emit("string.find(abc, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, 0.5 emit("string.find(abc, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, -1 emit("string.find(abc, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, 0/0 emit("string.find(abc, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, 2^31 emit("string.find(abc, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 1, -2^31 emit("string.find(abc, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, nil emit("string.find('1e2', base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, true emit("string.find('1e2', base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, "abc" emit("string.find('1e2', base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, "1e2" emit("string.find('1e2', base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, {} emit("string.find('1e2', base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, function() end emit("string.find('1e2', base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, 0.5 emit("string.find('1e2', base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, -1 emit("string.find('1e2', base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, 0/0 emit("string.find('1e2', base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, 2^31 emit("string.find('1e2', base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", 1, -2^31 emit("string.find('1e2', base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, nil emit("string.find({}, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, true emit("string.find({}, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, "abc" emit("string.find({}, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, "1e2" emit("string.find({}, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, {} emit("string.find({}, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, function() end emit("string.find({}, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, 0.5 emit("string.find({}, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, -1 emit("string.find({}, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, 0/0 emit("string.find({}, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, 2^31 emit("string.find({}, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", 1, -2^31 emit("string.find({}, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, nil emit("string.find(function, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, true emit("string.find(function, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, "abc" emit("string.find(function, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, "1e2" emit("string.find(function, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, {} emit("string.find(function, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, function() end emit("string.find(function, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, 0.5 emit("string.find(function, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, -1 emit("string.find(function, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, 0/0 emit("string.find(function, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, 2^31 emit("string.find(function, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", 1, -2^31 emit("string.find(function, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, nil emit("string.find(0.5, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, true emit("string.find(0.5, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, "abc" emit("string.find(0.5, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, "1e2" emit("string.find(0.5, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, {} emit("string.find(0.5, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, function() end emit("string.find(0.5, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, 0.5 emit("string.find(0.5, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, -1 emit("string.find(0.5, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, 0/0 emit("string.find(0.5, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, 2^31 emit("string.find(0.5, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", 1, -2^31 emit("string.find(0.5, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, nil emit("string.find(-1, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, true emit("string.find(-1, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, "abc" emit("string.find(-1, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, "1e2" emit("string.find(-1, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, {} emit("string.find(-1, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, function() end emit("string.find(-1, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, 0.5 emit("string.find(-1, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, -1 emit("string.find(-1, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, 0/0 emit("string.find(-1, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, 2^31 emit("string.find(-1, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", 1, -2^31 emit("string.find(-1, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, nil emit("string.find(nan, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, true emit("string.find(nan, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, "abc" emit("string.find(nan, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, "1e2" emit("string.find(nan, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, {} emit("string.find(nan, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, function() end emit("string.find(nan, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, 0.5 emit("string.find(nan, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, -1 emit("string.find(nan, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, 0/0 emit("string.find(nan, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, 2^31 emit("string.find(nan, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", 1, -2^31 emit("string.find(nan, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, nil emit("string.find(2^31, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, true emit("string.find(2^31, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, "abc" emit("string.find(2^31, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, "1e2" emit("string.find(2^31, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, {} emit("string.find(2^31, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, function() end emit("string.find(2^31, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, 0.5 emit("string.find(2^31, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, -1 emit("string.find(2^31, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, 0/0 emit("string.find(2^31, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, 2^31 emit("string.find(2^31, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", 1, -2^31 emit("string.find(2^31, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, nil emit("string.find(-2^31, base, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, true emit("string.find(-2^31, base, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, "abc" emit("string.find(-2^31, base, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, "1e2" emit("string.find(-2^31, base, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, {} emit("string.find(-2^31, base, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, function() end emit("string.find(-2^31, base, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, 0.5 emit("string.find(-2^31, base, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, -1 emit("string.find(-2^31, base, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, 0/0 emit("string.find(-2^31, base, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, 2^31 emit("string.find(-2^31, base, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", 1, -2^31 emit("string.find(-2^31, base, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
