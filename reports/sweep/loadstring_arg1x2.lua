-- Library-argument sweep ferrous-conformance run --sweep: loadstring/arg1x2
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
do local a1, a2 = nil, nil emit("loadstring(nil, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, true emit("loadstring(nil, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("loadstring(nil, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("loadstring(nil, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, {} emit("loadstring(nil, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("loadstring(nil, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("loadstring(nil, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("loadstring(nil, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("loadstring(nil, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("loadstring(nil, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("loadstring(nil, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, nil emit("loadstring(true, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, true emit("loadstring(true, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("loadstring(true, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("loadstring(true, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, {} emit("loadstring(true, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, function() end emit("loadstring(true, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("loadstring(true, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, -1 emit("loadstring(true, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("loadstring(true, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("loadstring(true, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("loadstring(true, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("loadstring(abc, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", true emit("loadstring(abc, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("loadstring(abc, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("loadstring(abc, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("loadstring(abc, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("loadstring(abc, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("loadstring(abc, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("loadstring(abc, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("loadstring(abc, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("loadstring(abc, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("loadstring(abc, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("loadstring('1e2', nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("loadstring('1e2', true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("loadstring('1e2', abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("loadstring('1e2', '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("loadstring('1e2', {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("loadstring('1e2', function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("loadstring('1e2', 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("loadstring('1e2', -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("loadstring('1e2', nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("loadstring('1e2', 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("loadstring('1e2', -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, nil emit("loadstring({}, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, true emit("loadstring({}, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("loadstring({}, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("loadstring({}, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, {} emit("loadstring({}, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("loadstring({}, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("loadstring({}, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("loadstring({}, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("loadstring({}, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("loadstring({}, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("loadstring({}, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("loadstring(function, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, true emit("loadstring(function, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("loadstring(function, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("loadstring(function, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("loadstring(function, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("loadstring(function, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("loadstring(function, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("loadstring(function, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("loadstring(function, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("loadstring(function, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("loadstring(function, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("loadstring(0.5, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("loadstring(0.5, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("loadstring(0.5, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("loadstring(0.5, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("loadstring(0.5, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("loadstring(0.5, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("loadstring(0.5, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("loadstring(0.5, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("loadstring(0.5, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("loadstring(0.5, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("loadstring(0.5, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, nil emit("loadstring(-1, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, true emit("loadstring(-1, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("loadstring(-1, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("loadstring(-1, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, {} emit("loadstring(-1, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("loadstring(-1, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("loadstring(-1, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("loadstring(-1, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("loadstring(-1, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("loadstring(-1, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("loadstring(-1, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("loadstring(nan, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("loadstring(nan, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("loadstring(nan, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("loadstring(nan, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("loadstring(nan, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("loadstring(nan, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("loadstring(nan, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("loadstring(nan, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("loadstring(nan, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("loadstring(nan, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("loadstring(nan, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("loadstring(2^31, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("loadstring(2^31, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("loadstring(2^31, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("loadstring(2^31, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("loadstring(2^31, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("loadstring(2^31, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("loadstring(2^31, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("loadstring(2^31, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("loadstring(2^31, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("loadstring(2^31, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("loadstring(2^31, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("loadstring(-2^31, nil)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("loadstring(-2^31, true)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("loadstring(-2^31, abc)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("loadstring(-2^31, '1e2')", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("loadstring(-2^31, {})", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("loadstring(-2^31, function)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("loadstring(-2^31, 0.5)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("loadstring(-2^31, -1)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("loadstring(-2^31, nan)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("loadstring(-2^31, 2^31)", pcall(function() return loadstring(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("loadstring(-2^31, -2^31)", pcall(function() return loadstring(a1, a2) end)) end
