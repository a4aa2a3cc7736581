-- Library-argument sweep ferrous-conformance run --sweep: print/arg1x2
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
do
  local original, type = tostring, type
  tostring = function(value)
    local text = original(value)
    if type(text) == "string" then text = mask(text) end
    return text
  end
end
do local a1, a2 = nil, nil emit("print(nil, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, true emit("print(nil, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("print(nil, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("print(nil, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, {} emit("print(nil, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("print(nil, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("print(nil, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("print(nil, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("print(nil, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("print(nil, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("print(nil, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, nil emit("print(true, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, true emit("print(true, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("print(true, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("print(true, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, {} emit("print(true, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, function() end emit("print(true, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("print(true, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, -1 emit("print(true, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("print(true, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("print(true, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("print(true, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("print(abc, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", true emit("print(abc, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("print(abc, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("print(abc, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("print(abc, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("print(abc, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("print(abc, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("print(abc, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("print(abc, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("print(abc, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("print(abc, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("print('1e2', nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("print('1e2', true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("print('1e2', abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("print('1e2', '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("print('1e2', {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("print('1e2', function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("print('1e2', 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("print('1e2', -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("print('1e2', nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("print('1e2', 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("print('1e2', -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, nil emit("print({}, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, true emit("print({}, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("print({}, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("print({}, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, {} emit("print({}, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("print({}, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("print({}, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("print({}, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("print({}, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("print({}, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("print({}, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("print(function, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, true emit("print(function, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("print(function, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("print(function, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("print(function, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("print(function, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("print(function, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("print(function, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("print(function, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("print(function, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("print(function, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("print(0.5, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("print(0.5, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("print(0.5, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("print(0.5, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("print(0.5, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("print(0.5, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("print(0.5, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("print(0.5, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("print(0.5, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("print(0.5, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("print(0.5, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, nil emit("print(-1, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, true emit("print(-1, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("print(-1, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("print(-1, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, {} emit("print(-1, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("print(-1, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("print(-1, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("print(-1, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("print(-1, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("print(-1, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("print(-1, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("print(nan, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("print(nan, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("print(nan, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("print(nan, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("print(nan, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("print(nan, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("print(nan, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("print(nan, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("print(nan, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("print(nan, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("print(nan, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("print(2^31, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("print(2^31, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("print(2^31, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("print(2^31, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("print(2^31, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("print(2^31, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("print(2^31, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("print(2^31, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("print(2^31, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("print(2^31, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("print(2^31, -2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("print(-2^31, nil)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("print(-2^31, true)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("print(-2^31, abc)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("print(-2^31, '1e2')", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("print(-2^31, {})", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("print(-2^31, function)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("print(-2^31, 0.5)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("print(-2^31, -1)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("print(-2^31, nan)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("print(-2^31, 2^31)", pcall(function() return print(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("print(-2^31, -2^31)", pcall(function() return print(a1, a2) end)) end
