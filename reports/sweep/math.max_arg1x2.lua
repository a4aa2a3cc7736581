-- Library-argument sweep ferrous-conformance run --sweep: math.max/arg1x2
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
do local a1, a2 = nil, nil emit("math.max(nil, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, true emit("math.max(nil, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("math.max(nil, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("math.max(nil, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, {} emit("math.max(nil, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("math.max(nil, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("math.max(nil, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("math.max(nil, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("math.max(nil, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("math.max(nil, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("math.max(nil, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, nil emit("math.max(true, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, true emit("math.max(true, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("math.max(true, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("math.max(true, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, {} emit("math.max(true, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, function() end emit("math.max(true, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("math.max(true, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, -1 emit("math.max(true, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("math.max(true, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("math.max(true, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("math.max(true, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("math.max(abc, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", true emit("math.max(abc, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("math.max(abc, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("math.max(abc, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("math.max(abc, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("math.max(abc, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("math.max(abc, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("math.max(abc, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("math.max(abc, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("math.max(abc, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("math.max(abc, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("math.max('1e2', nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("math.max('1e2', true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("math.max('1e2', abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("math.max('1e2', '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("math.max('1e2', {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("math.max('1e2', function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("math.max('1e2', 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("math.max('1e2', -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("math.max('1e2', nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("math.max('1e2', 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("math.max('1e2', -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, nil emit("math.max({}, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, true emit("math.max({}, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("math.max({}, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("math.max({}, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, {} emit("math.max({}, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("math.max({}, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("math.max({}, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("math.max({}, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("math.max({}, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("math.max({}, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("math.max({}, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("math.max(function, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, true emit("math.max(function, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("math.max(function, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("math.max(function, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("math.max(function, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("math.max(function, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("math.max(function, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("math.max(function, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("math.max(function, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("math.max(function, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("math.max(function, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("math.max(0.5, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("math.max(0.5, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("math.max(0.5, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("math.max(0.5, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("math.max(0.5, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("math.max(0.5, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("math.max(0.5, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("math.max(0.5, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("math.max(0.5, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("math.max(0.5, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("math.max(0.5, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, nil emit("math.max(-1, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, true emit("math.max(-1, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("math.max(-1, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("math.max(-1, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, {} emit("math.max(-1, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("math.max(-1, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("math.max(-1, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("math.max(-1, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("math.max(-1, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("math.max(-1, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("math.max(-1, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("math.max(nan, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("math.max(nan, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("math.max(nan, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("math.max(nan, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("math.max(nan, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("math.max(nan, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("math.max(nan, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("math.max(nan, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("math.max(nan, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("math.max(nan, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("math.max(nan, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("math.max(2^31, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("math.max(2^31, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("math.max(2^31, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("math.max(2^31, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("math.max(2^31, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("math.max(2^31, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("math.max(2^31, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("math.max(2^31, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("math.max(2^31, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("math.max(2^31, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("math.max(2^31, -2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("math.max(-2^31, nil)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("math.max(-2^31, true)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("math.max(-2^31, abc)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("math.max(-2^31, '1e2')", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("math.max(-2^31, {})", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("math.max(-2^31, function)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("math.max(-2^31, 0.5)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("math.max(-2^31, -1)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("math.max(-2^31, nan)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("math.max(-2^31, 2^31)", pcall(function() return math.max(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("math.max(-2^31, -2^31)", pcall(function() return math.max(a1, a2) end)) end
