-- Library-argument sweep ferrous-conformance run --sweep: string.sub/arg1x3
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
do local a1, a2, a3 = nil, 2, nil emit("string.sub(nil, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, true emit("string.sub(nil, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, "abc" emit("string.sub(nil, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, "1e2" emit("string.sub(nil, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, {} emit("string.sub(nil, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, function() end emit("string.sub(nil, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, 0.5 emit("string.sub(nil, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, -1 emit("string.sub(nil, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, 0/0 emit("string.sub(nil, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, 2^31 emit("string.sub(nil, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 2, -2^31 emit("string.sub(nil, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, nil emit("string.sub(true, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, true emit("string.sub(true, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, "abc" emit("string.sub(true, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, "1e2" emit("string.sub(true, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, {} emit("string.sub(true, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, function() end emit("string.sub(true, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, 0.5 emit("string.sub(true, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, -1 emit("string.sub(true, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, 0/0 emit("string.sub(true, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, 2^31 emit("string.sub(true, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 2, -2^31 emit("string.sub(true, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, nil emit("string.sub(abc, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, true emit("string.sub(abc, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, "abc" emit("string.sub(abc, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, "1e2" emit("string.sub(abc, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, {} emit("string.sub(abc, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, function() end emit("string.sub(abc, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, 0.5 emit("string.sub(abc, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, -1 emit("string.sub(abc, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, 0/0 emit("string.sub(abc, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, 2^31 emit("string.sub(abc, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 2, -2^31 emit("string.sub(abc, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, nil emit("string.sub('1e2', base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, true emit("string.sub('1e2', base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, "abc" emit("string.sub('1e2', base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, "1e2" emit("string.sub('1e2', base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, {} emit("string.sub('1e2', base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, function() end emit("string.sub('1e2', base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, 0.5 emit("string.sub('1e2', base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, -1 emit("string.sub('1e2', base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, 0/0 emit("string.sub('1e2', base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, 2^31 emit("string.sub('1e2', base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 2, -2^31 emit("string.sub('1e2', base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, nil emit("string.sub({}, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, true emit("string.sub({}, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, "abc" emit("string.sub({}, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, "1e2" emit("string.sub({}, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, {} emit("string.sub({}, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, function() end emit("string.sub({}, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, 0.5 emit("string.sub({}, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, -1 emit("string.sub({}, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, 0/0 emit("string.sub({}, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, 2^31 emit("string.sub({}, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 2, -2^31 emit("string.sub({}, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, nil emit("string.sub(function, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, true emit("string.sub(function, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, "abc" emit("string.sub(function, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, "1e2" emit("string.sub(function, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, {} emit("string.sub(function, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, function() end emit("string.sub(function, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, 0.5 emit("string.sub(function, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, -1 emit("string.sub(function, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, 0/0 emit("string.sub(function, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, 2^31 emit("string.sub(function, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 2, -2^31 emit("string.sub(function, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, nil emit("string.sub(0.5, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, true emit("string.sub(0.5, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, "abc" emit("string.sub(0.5, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, "1e2" emit("string.sub(0.5, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, {} emit("string.sub(0.5, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, function() end emit("string.sub(0.5, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, 0.5 emit("string.sub(0.5, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, -1 emit("string.sub(0.5, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, 0/0 emit("string.sub(0.5, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, 2^31 emit("string.sub(0.5, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 2, -2^31 emit("string.sub(0.5, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, nil emit("string.sub(-1, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, true emit("string.sub(-1, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, "abc" emit("string.sub(-1, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, "1e2" emit("string.sub(-1, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, {} emit("string.sub(-1, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, function() end emit("string.sub(-1, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, 0.5 emit("string.sub(-1, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, -1 emit("string.sub(-1, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, 0/0 emit("string.sub(-1, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, 2^31 emit("string.sub(-1, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 2, -2^31 emit("string.sub(-1, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, nil emit("string.sub(nan, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, true emit("string.sub(nan, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, "abc" emit("string.sub(nan, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, "1e2" emit("string.sub(nan, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, {} emit("string.sub(nan, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, function() end emit("string.sub(nan, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, 0.5 emit("string.sub(nan, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, -1 emit("string.sub(nan, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, 0/0 emit("string.sub(nan, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, 2^31 emit("string.sub(nan, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 2, -2^31 emit("string.sub(nan, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, nil emit("string.sub(2^31, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, true emit("string.sub(2^31, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, "abc" emit("string.sub(2^31, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, "1e2" emit("string.sub(2^31, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, {} emit("string.sub(2^31, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, function() end emit("string.sub(2^31, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, 0.5 emit("string.sub(2^31, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, -1 emit("string.sub(2^31, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, 0/0 emit("string.sub(2^31, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, 2^31 emit("string.sub(2^31, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 2, -2^31 emit("string.sub(2^31, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, nil emit("string.sub(-2^31, base, nil)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, true emit("string.sub(-2^31, base, true)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, "abc" emit("string.sub(-2^31, base, abc)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, "1e2" emit("string.sub(-2^31, base, '1e2')", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, {} emit("string.sub(-2^31, base, {})", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, function() end emit("string.sub(-2^31, base, function)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, 0.5 emit("string.sub(-2^31, base, 0.5)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, -1 emit("string.sub(-2^31, base, -1)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, 0/0 emit("string.sub(-2^31, base, nan)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, 2^31 emit("string.sub(-2^31, base, 2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 2, -2^31 emit("string.sub(-2^31, base, -2^31)", pcall(function() return string.sub(a1, a2, a3) end)) end
