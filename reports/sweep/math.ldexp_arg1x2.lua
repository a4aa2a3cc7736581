-- Library-argument sweep ferrous-conformance run --sweep: math.ldexp/arg1x2
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
do local a1, a2 = nil, nil emit("math.ldexp(nil, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, true emit("math.ldexp(nil, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("math.ldexp(nil, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("math.ldexp(nil, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, {} emit("math.ldexp(nil, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("math.ldexp(nil, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("math.ldexp(nil, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("math.ldexp(nil, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("math.ldexp(nil, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("math.ldexp(nil, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("math.ldexp(nil, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, nil emit("math.ldexp(true, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, true emit("math.ldexp(true, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("math.ldexp(true, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("math.ldexp(true, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, {} emit("math.ldexp(true, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, function() end emit("math.ldexp(true, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("math.ldexp(true, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, -1 emit("math.ldexp(true, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("math.ldexp(true, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("math.ldexp(true, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("math.ldexp(true, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("math.ldexp(abc, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", true emit("math.ldexp(abc, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("math.ldexp(abc, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("math.ldexp(abc, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("math.ldexp(abc, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("math.ldexp(abc, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("math.ldexp(abc, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("math.ldexp(abc, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("math.ldexp(abc, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("math.ldexp(abc, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("math.ldexp(abc, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("math.ldexp('1e2', nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("math.ldexp('1e2', true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("math.ldexp('1e2', abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("math.ldexp('1e2', '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("math.ldexp('1e2', {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("math.ldexp('1e2', function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("math.ldexp('1e2', 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("math.ldexp('1e2', -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("math.ldexp('1e2', nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("math.ldexp('1e2', 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("math.ldexp('1e2', -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, nil emit("math.ldexp({}, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, true emit("math.ldexp({}, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("math.ldexp({}, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("math.ldexp({}, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, {} emit("math.ldexp({}, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("math.ldexp({}, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("math.ldexp({}, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("math.ldexp({}, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("math.ldexp({}, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("math.ldexp({}, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("math.ldexp({}, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("math.ldexp(function, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, true emit("math.ldexp(function, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("math.ldexp(function, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("math.ldexp(function, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("math.ldexp(function, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("math.ldexp(function, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("math.ldexp(function, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("math.ldexp(function, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("math.ldexp(function, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("math.ldexp(function, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("math.ldexp(function, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("math.ldexp(0.5, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("math.ldexp(0.5, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("math.ldexp(0.5, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("math.ldexp(0.5, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("math.ldexp(0.5, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("math.ldexp(0.5, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("math.ldexp(0.5, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("math.ldexp(0.5, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("math.ldexp(0.5, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("math.ldexp(0.5, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("math.ldexp(0.5, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, nil emit("math.ldexp(-1, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, true emit("math.ldexp(-1, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("math.ldexp(-1, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("math.ldexp(-1, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, {} emit("math.ldexp(-1, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("math.ldexp(-1, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("math.ldexp(-1, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("math.ldexp(-1, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("math.ldexp(-1, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("math.ldexp(-1, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("math.ldexp(-1, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("math.ldexp(nan, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("math.ldexp(nan, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("math.ldexp(nan, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("math.ldexp(nan, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("math.ldexp(nan, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("math.ldexp(nan, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("math.ldexp(nan, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("math.ldexp(nan, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("math.ldexp(nan, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("math.ldexp(nan, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("math.ldexp(nan, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("math.ldexp(2^31, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("math.ldexp(2^31, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("math.ldexp(2^31, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("math.ldexp(2^31, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("math.ldexp(2^31, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("math.ldexp(2^31, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("math.ldexp(2^31, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("math.ldexp(2^31, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("math.ldexp(2^31, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("math.ldexp(2^31, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("math.ldexp(2^31, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("math.ldexp(-2^31, nil)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("math.ldexp(-2^31, true)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("math.ldexp(-2^31, abc)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("math.ldexp(-2^31, '1e2')", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("math.ldexp(-2^31, {})", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("math.ldexp(-2^31, function)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("math.ldexp(-2^31, 0.5)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("math.ldexp(-2^31, -1)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("math.ldexp(-2^31, nan)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("math.ldexp(-2^31, 2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("math.ldexp(-2^31, -2^31)", pcall(function() return math.ldexp(a1, a2) end)) end
