-- Library-argument sweep ferrous-conformance run --sweep: string.byte/arg1x3
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
do local a1, a2, a3 = nil, 1, nil emit("string.byte(nil, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, true emit("string.byte(nil, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, "abc" emit("string.byte(nil, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, "1e2" emit("string.byte(nil, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, {} emit("string.byte(nil, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, function() end emit("string.byte(nil, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, 0.5 emit("string.byte(nil, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, -1 emit("string.byte(nil, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, 0/0 emit("string.byte(nil, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, 2^31 emit("string.byte(nil, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, -2^31 emit("string.byte(nil, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, nil emit("string.byte(true, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, true emit("string.byte(true, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, "abc" emit("string.byte(true, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, "1e2" emit("string.byte(true, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, {} emit("string.byte(true, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, function() end emit("string.byte(true, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 0.5 emit("string.byte(true, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, -1 emit("string.byte(true, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 0/0 emit("string.byte(true, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 2^31 emit("string.byte(true, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, -2^31 emit("string.byte(true, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, nil emit("string.byte(abc, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, true emit("string.byte(abc, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "abc" emit("string.byte(abc, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "1e2" emit("string.byte(abc, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, {} emit("string.byte(abc, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, function() end emit("string.byte(abc, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0.5 emit("string.byte(abc, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -1 emit("string.byte(abc, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0/0 emit("string.byte(abc, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^31 emit("string.byte(abc, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -2^31 emit("string.byte(abc, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, nil emit("string.byte('1e2', base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, true emit("string.byte('1e2', base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, "abc" emit("string.byte('1e2', base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, "1e2" emit("string.byte('1e2', base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, {} emit("string.byte('1e2', base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, function() end emit("string.byte('1e2', base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 0.5 emit("string.byte('1e2', base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, -1 emit("string.byte('1e2', base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 0/0 emit("string.byte('1e2', base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 2^31 emit("string.byte('1e2', base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, -2^31 emit("string.byte('1e2', base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, nil emit("string.byte({}, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, true emit("string.byte({}, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, "abc" emit("string.byte({}, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, "1e2" emit("string.byte({}, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, {} emit("string.byte({}, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, function() end emit("string.byte({}, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 0.5 emit("string.byte({}, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, -1 emit("string.byte({}, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 0/0 emit("string.byte({}, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 2^31 emit("string.byte({}, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, -2^31 emit("string.byte({}, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, nil emit("string.byte(function, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, true emit("string.byte(function, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, "abc" emit("string.byte(function, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, "1e2" emit("string.byte(function, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, {} emit("string.byte(function, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, function() end emit("string.byte(function, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 0.5 emit("string.byte(function, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, -1 emit("string.byte(function, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 0/0 emit("string.byte(function, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 2^31 emit("string.byte(function, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, -2^31 emit("string.byte(function, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, nil emit("string.byte(0.5, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, true emit("string.byte(0.5, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, "abc" emit("string.byte(0.5, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, "1e2" emit("string.byte(0.5, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, {} emit("string.byte(0.5, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, function() end emit("string.byte(0.5, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 0.5 emit("string.byte(0.5, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, -1 emit("string.byte(0.5, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 0/0 emit("string.byte(0.5, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 2^31 emit("string.byte(0.5, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, -2^31 emit("string.byte(0.5, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, nil emit("string.byte(-1, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, true emit("string.byte(-1, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, "abc" emit("string.byte(-1, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, "1e2" emit("string.byte(-1, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, {} emit("string.byte(-1, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, function() end emit("string.byte(-1, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 0.5 emit("string.byte(-1, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, -1 emit("string.byte(-1, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 0/0 emit("string.byte(-1, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 2^31 emit("string.byte(-1, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, -2^31 emit("string.byte(-1, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, nil emit("string.byte(nan, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, true emit("string.byte(nan, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, "abc" emit("string.byte(nan, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, "1e2" emit("string.byte(nan, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, {} emit("string.byte(nan, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, function() end emit("string.byte(nan, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 0.5 emit("string.byte(nan, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, -1 emit("string.byte(nan, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 0/0 emit("string.byte(nan, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 2^31 emit("string.byte(nan, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, -2^31 emit("string.byte(nan, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, nil emit("string.byte(2^31, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, true emit("string.byte(2^31, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, "abc" emit("string.byte(2^31, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, "1e2" emit("string.byte(2^31, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, {} emit("string.byte(2^31, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, function() end emit("string.byte(2^31, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 0.5 emit("string.byte(2^31, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, -1 emit("string.byte(2^31, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 0/0 emit("string.byte(2^31, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 2^31 emit("string.byte(2^31, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, -2^31 emit("string.byte(2^31, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, nil emit("string.byte(-2^31, base, nil)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, true emit("string.byte(-2^31, base, true)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, "abc" emit("string.byte(-2^31, base, abc)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, "1e2" emit("string.byte(-2^31, base, '1e2')", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, {} emit("string.byte(-2^31, base, {})", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, function() end emit("string.byte(-2^31, base, function)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 0.5 emit("string.byte(-2^31, base, 0.5)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, -1 emit("string.byte(-2^31, base, -1)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 0/0 emit("string.byte(-2^31, base, nan)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 2^31 emit("string.byte(-2^31, base, 2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, -2^31 emit("string.byte(-2^31, base, -2^31)", pcall(function() return string.byte(a1, a2, a3) end)) end
