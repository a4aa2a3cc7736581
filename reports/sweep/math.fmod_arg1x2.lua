-- Library-argument sweep ferrous-conformance run --sweep: math.fmod/arg1x2
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
do local a1, a2 = nil, nil emit("math.fmod(nil, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, true emit("math.fmod(nil, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("math.fmod(nil, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("math.fmod(nil, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, {} emit("math.fmod(nil, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("math.fmod(nil, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("math.fmod(nil, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("math.fmod(nil, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("math.fmod(nil, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("math.fmod(nil, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("math.fmod(nil, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, nil emit("math.fmod(true, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, true emit("math.fmod(true, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("math.fmod(true, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("math.fmod(true, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, {} emit("math.fmod(true, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, function() end emit("math.fmod(true, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("math.fmod(true, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, -1 emit("math.fmod(true, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("math.fmod(true, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("math.fmod(true, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("math.fmod(true, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("math.fmod(abc, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", true emit("math.fmod(abc, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("math.fmod(abc, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("math.fmod(abc, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("math.fmod(abc, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("math.fmod(abc, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("math.fmod(abc, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("math.fmod(abc, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("math.fmod(abc, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("math.fmod(abc, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("math.fmod(abc, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("math.fmod('1e2', nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("math.fmod('1e2', true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("math.fmod('1e2', abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("math.fmod('1e2', '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("math.fmod('1e2', {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("math.fmod('1e2', function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("math.fmod('1e2', 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("math.fmod('1e2', -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("math.fmod('1e2', nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("math.fmod('1e2', 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("math.fmod('1e2', -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, nil emit("math.fmod({}, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, true emit("math.fmod({}, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("math.fmod({}, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("math.fmod({}, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, {} emit("math.fmod({}, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("math.fmod({}, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("math.fmod({}, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("math.fmod({}, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("math.fmod({}, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("math.fmod({}, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("math.fmod({}, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("math.fmod(function, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, true emit("math.fmod(function, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("math.fmod(function, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("math.fmod(function, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("math.fmod(function, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("math.fmod(function, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("math.fmod(function, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("math.fmod(function, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("math.fmod(function, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("math.fmod(function, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("math.fmod(function, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("math.fmod(0.5, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("math.fmod(0.5, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("math.fmod(0.5, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("math.fmod(0.5, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("math.fmod(0.5, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("math.fmod(0.5, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("math.fmod(0.5, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("math.fmod(0.5, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("math.fmod(0.5, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("math.fmod(0.5, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("math.fmod(0.5, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, nil emit("math.fmod(-1, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, true emit("math.fmod(-1, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("math.fmod(-1, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("math.fmod(-1, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, {} emit("math.fmod(-1, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("math.fmod(-1, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("math.fmod(-1, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("math.fmod(-1, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("math.fmod(-1, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("math.fmod(-1, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("math.fmod(-1, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("math.fmod(nan, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("math.fmod(nan, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("math.fmod(nan, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("math.fmod(nan, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("math.fmod(nan, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("math.fmod(nan, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("math.fmod(nan, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("math.fmod(nan, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("math.fmod(nan, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("math.fmod(nan, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("math.fmod(nan, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("math.fmod(2^31, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("math.fmod(2^31, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("math.fmod(2^31, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("math.fmod(2^31, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("math.fmod(2^31, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("math.fmod(2^31, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("math.fmod(2^31, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("math.fmod(2^31, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("math.fmod(2^31, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("math.fmod(2^31, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("math.fmod(2^31, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("math.fmod(-2^31, nil)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("math.fmod(-2^31, true)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("math.fmod(-2^31, abc)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("math.fmod(-2^31, '1e2')", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("math.fmod(-2^31, {})", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("math.fmod(-2^31, function)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("math.fmod(-2^31, 0.5)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("math.fmod(-2^31, -1)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("math.fmod(-2^31, nan)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("math.fmod(-2^31, 2^31)", pcall(function() return math.fmod(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("math.fmod(-2^31, -2^31)", pcall(function() return math.fmod(a1, a2) end)) end
