-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg1x4
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
do local a1, a2, a3, a4 = nil, "b", "%0%0", nil emit("string.gsub(nil, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", true emit("string.gsub(nil, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", "abc" emit("string.gsub(nil, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", "1e2" emit("string.gsub(nil, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", {} emit("string.gsub(nil, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", function() end emit("string.gsub(nil, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", 0.5 emit("string.gsub(nil, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", -1 emit("string.gsub(nil, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", 0/0 emit("string.gsub(nil, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", 2^31 emit("string.gsub(nil, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = nil, "b", "%0%0", -2^31 emit("string.gsub(nil, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", nil emit("string.gsub(true, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", true emit("string.gsub(true, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", "abc" emit("string.gsub(true, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", "1e2" emit("string.gsub(true, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", {} emit("string.gsub(true, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", function() end emit("string.gsub(true, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", 0.5 emit("string.gsub(true, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", -1 emit("string.gsub(true, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", 0/0 emit("string.gsub(true, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", 2^31 emit("string.gsub(true, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, "b", "%0%0", -2^31 emit("string.gsub(true, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", nil emit("string.gsub(abc, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", true emit("string.gsub(abc, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", "abc" emit("string.gsub(abc, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", "1e2" emit("string.gsub(abc, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", {} emit("string.gsub(abc, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", function() end emit("string.gsub(abc, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", 0.5 emit("string.gsub(abc, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", -1 emit("string.gsub(abc, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", 0/0 emit("string.gsub(abc, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", 2^31 emit("string.gsub(abc, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "%0%0", -2^31 emit("string.gsub(abc, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", nil emit("string.gsub('1e2', base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", true emit("string.gsub('1e2', base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", "abc" emit("string.gsub('1e2', base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", "1e2" emit("string.gsub('1e2', base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", {} emit("string.gsub('1e2', base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", function() end emit("string.gsub('1e2', base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", 0.5 emit("string.gsub('1e2', base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", -1 emit("string.gsub('1e2', base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", 0/0 emit("string.gsub('1e2', base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", 2^31 emit("string.gsub('1e2', base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", "b", "%0%0", -2^31 emit("string.gsub('1e2', base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", nil emit("string.gsub({}, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", true emit("string.gsub({}, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", "abc" emit("string.gsub({}, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", "1e2" emit("string.gsub({}, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", {} emit("string.gsub({}, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", function() end emit("string.gsub({}, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", 0.5 emit("string.gsub({}, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", -1 emit("string.gsub({}, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", 0/0 emit("string.gsub({}, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", 2^31 emit("string.gsub({}, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, "b", "%0%0", -2^31 emit("string.gsub({}, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", nil emit("string.gsub(function, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", true emit("string.gsub(function, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", "abc" emit("string.gsub(function, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", "1e2" emit("string.gsub(function, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", {} emit("string.gsub(function, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", function() end emit("string.gsub(function, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", 0.5 emit("string.gsub(function, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", -1 emit("string.gsub(function, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", 0/0 emit("string.gsub(function, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", 2^31 emit("string.gsub(function, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, "b", "%0%0", -2^31 emit("string.gsub(function, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", nil emit("string.gsub(0.5, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", true emit("string.gsub(0.5, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", "abc" emit("string.gsub(0.5, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", "1e2" emit("string.gsub(0.5, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", {} emit("string.gsub(0.5, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", function() end emit("string.gsub(0.5, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", 0.5 emit("string.gsub(0.5, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", -1 emit("string.gsub(0.5, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", 0/0 emit("string.gsub(0.5, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", 2^31 emit("string.gsub(0.5, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, "b", "%0%0", -2^31 emit("string.gsub(0.5, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", nil emit("string.gsub(-1, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", true emit("string.gsub(-1, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", "abc" emit("string.gsub(-1, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", "1e2" emit("string.gsub(-1, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", {} emit("string.gsub(-1, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", function() end emit("string.gsub(-1, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", 0.5 emit("string.gsub(-1, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", -1 emit("string.gsub(-1, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", 0/0 emit("string.gsub(-1, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", 2^31 emit("string.gsub(-1, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, "b", "%0%0", -2^31 emit("string.gsub(-1, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", nil emit("string.gsub(nan, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", true emit("string.gsub(nan, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", "abc" emit("string.gsub(nan, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", "1e2" emit("string.gsub(nan, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", {} emit("string.gsub(nan, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", function() end emit("string.gsub(nan, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", 0.5 emit("string.gsub(nan, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", -1 emit("string.gsub(nan, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", 0/0 emit("string.gsub(nan, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", 2^31 emit("string.gsub(nan, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, "b", "%0%0", -2^31 emit("string.gsub(nan, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", nil emit("string.gsub(2^31, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", true emit("string.gsub(2^31, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", "abc" emit("string.gsub(2^31, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", "1e2" emit("string.gsub(2^31, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", {} emit("string.gsub(2^31, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", function() end emit("string.gsub(2^31, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", 0.5 emit("string.gsub(2^31, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", -1 emit("string.gsub(2^31, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", 0/0 emit("string.gsub(2^31, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", 2^31 emit("string.gsub(2^31, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, "b", "%0%0", -2^31 emit("string.gsub(2^31, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", nil emit("string.gsub(-2^31, base, base, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", true emit("string.gsub(-2^31, base, base, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", "abc" emit("string.gsub(-2^31, base, base, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", "1e2" emit("string.gsub(-2^31, base, base, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", {} emit("string.gsub(-2^31, base, base, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", function() end emit("string.gsub(-2^31, base, base, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", 0.5 emit("string.gsub(-2^31, base, base, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", -1 emit("string.gsub(-2^31, base, base, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", 0/0 emit("string.gsub(-2^31, base, base, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", 2^31 emit("string.gsub(-2^31, base, base, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, "b", "%0%0", -2^31 emit("string.gsub(-2^31, base, base, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
