-- Library-argument sweep ferrous-conformance run --sweep: string.char/arg1x2
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
do local a1, a2 = nil, nil emit("string.char(nil, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, true emit("string.char(nil, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("string.char(nil, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("string.char(nil, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, {} emit("string.char(nil, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("string.char(nil, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("string.char(nil, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("string.char(nil, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("string.char(nil, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("string.char(nil, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("string.char(nil, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, nil emit("string.char(true, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, true emit("string.char(true, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("string.char(true, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("string.char(true, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, {} emit("string.char(true, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, function() end emit("string.char(true, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("string.char(true, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, -1 emit("string.char(true, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("string.char(true, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("string.char(true, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("string.char(true, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("string.char(abc, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", true emit("string.char(abc, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("string.char(abc, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("string.char(abc, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("string.char(abc, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("string.char(abc, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("string.char(abc, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("string.char(abc, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("string.char(abc, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("string.char(abc, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("string.char(abc, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("string.char('1e2', nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("string.char('1e2', true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("string.char('1e2', abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("string.char('1e2', '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("string.char('1e2', {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("string.char('1e2', function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("string.char('1e2', 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("string.char('1e2', -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("string.char('1e2', nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("string.char('1e2', 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("string.char('1e2', -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, nil emit("string.char({}, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, true emit("string.char({}, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("string.char({}, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("string.char({}, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, {} emit("string.char({}, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("string.char({}, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("string.char({}, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("string.char({}, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("string.char({}, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("string.char({}, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("string.char({}, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("string.char(function, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, true emit("string.char(function, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("string.char(function, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("string.char(function, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("string.char(function, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("string.char(function, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("string.char(function, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("string.char(function, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("string.char(function, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("string.char(function, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("string.char(function, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("string.char(0.5, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("string.char(0.5, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("string.char(0.5, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("string.char(0.5, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("string.char(0.5, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("string.char(0.5, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("string.char(0.5, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("string.char(0.5, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("string.char(0.5, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("string.char(0.5, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("string.char(0.5, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, nil emit("string.char(-1, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, true emit("string.char(-1, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("string.char(-1, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("string.char(-1, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, {} emit("string.char(-1, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("string.char(-1, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("string.char(-1, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("string.char(-1, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("string.char(-1, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("string.char(-1, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("string.char(-1, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("string.char(nan, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("string.char(nan, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("string.char(nan, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("string.char(nan, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("string.char(nan, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("string.char(nan, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("string.char(nan, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("string.char(nan, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("string.char(nan, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("string.char(nan, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("string.char(nan, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("string.char(2^31, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("string.char(2^31, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("string.char(2^31, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("string.char(2^31, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("string.char(2^31, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("string.char(2^31, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("string.char(2^31, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("string.char(2^31, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("string.char(2^31, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("string.char(2^31, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("string.char(2^31, -2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("string.char(-2^31, nil)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("string.char(-2^31, true)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("string.char(-2^31, abc)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("string.char(-2^31, '1e2')", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("string.char(-2^31, {})", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("string.char(-2^31, function)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("string.char(-2^31, 0.5)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("string.char(-2^31, -1)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("string.char(-2^31, nan)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("string.char(-2^31, 2^31)", pcall(function() return string.char(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("string.char(-2^31, -2^31)", pcall(function() return string.char(a1, a2) end)) end
