-- Library-argument sweep ferrous-conformance run --sweep: table.setn/arg1x2
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
do local a1, a2 = nil, nil emit("table.setn(nil, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, true emit("table.setn(nil, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, "abc" emit("table.setn(nil, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, "1e2" emit("table.setn(nil, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, {} emit("table.setn(nil, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, function() end emit("table.setn(nil, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, 0.5 emit("table.setn(nil, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, -1 emit("table.setn(nil, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, 0/0 emit("table.setn(nil, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, 2^31 emit("table.setn(nil, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, -2^31 emit("table.setn(nil, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, nil emit("table.setn(true, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, true emit("table.setn(true, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, "abc" emit("table.setn(true, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, "1e2" emit("table.setn(true, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, {} emit("table.setn(true, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, function() end emit("table.setn(true, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, 0.5 emit("table.setn(true, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, -1 emit("table.setn(true, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, 0/0 emit("table.setn(true, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, 2^31 emit("table.setn(true, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, -2^31 emit("table.setn(true, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", nil emit("table.setn(abc, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", true emit("table.setn(abc, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", "abc" emit("table.setn(abc, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", "1e2" emit("table.setn(abc, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", {} emit("table.setn(abc, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", function() end emit("table.setn(abc, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", 0.5 emit("table.setn(abc, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", -1 emit("table.setn(abc, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", 0/0 emit("table.setn(abc, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", 2^31 emit("table.setn(abc, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", -2^31 emit("table.setn(abc, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", nil emit("table.setn('1e2', nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", true emit("table.setn('1e2', true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", "abc" emit("table.setn('1e2', abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", "1e2" emit("table.setn('1e2', '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", {} emit("table.setn('1e2', {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", function() end emit("table.setn('1e2', function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", 0.5 emit("table.setn('1e2', 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", -1 emit("table.setn('1e2', -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", 0/0 emit("table.setn('1e2', nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", 2^31 emit("table.setn('1e2', 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", -2^31 emit("table.setn('1e2', -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, nil emit("table.setn({}, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, true emit("table.setn({}, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, "abc" emit("table.setn({}, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, "1e2" emit("table.setn({}, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, {} emit("table.setn({}, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, function() end emit("table.setn({}, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, 0.5 emit("table.setn({}, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, -1 emit("table.setn({}, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, 0/0 emit("table.setn({}, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, 2^31 emit("table.setn({}, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, -2^31 emit("table.setn({}, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, nil emit("table.setn(function, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, true emit("table.setn(function, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, "abc" emit("table.setn(function, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, "1e2" emit("table.setn(function, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, {} emit("table.setn(function, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, function() end emit("table.setn(function, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, 0.5 emit("table.setn(function, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, -1 emit("table.setn(function, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, 0/0 emit("table.setn(function, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, 2^31 emit("table.setn(function, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, -2^31 emit("table.setn(function, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, nil emit("table.setn(0.5, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, true emit("table.setn(0.5, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, "abc" emit("table.setn(0.5, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, "1e2" emit("table.setn(0.5, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, {} emit("table.setn(0.5, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, function() end emit("table.setn(0.5, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, 0.5 emit("table.setn(0.5, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, -1 emit("table.setn(0.5, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, 0/0 emit("table.setn(0.5, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, 2^31 emit("table.setn(0.5, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, -2^31 emit("table.setn(0.5, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, nil emit("table.setn(-1, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, true emit("table.setn(-1, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, "abc" emit("table.setn(-1, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, "1e2" emit("table.setn(-1, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, {} emit("table.setn(-1, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, function() end emit("table.setn(-1, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, 0.5 emit("table.setn(-1, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, -1 emit("table.setn(-1, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, 0/0 emit("table.setn(-1, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, 2^31 emit("table.setn(-1, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, -2^31 emit("table.setn(-1, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, nil emit("table.setn(nan, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, true emit("table.setn(nan, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, "abc" emit("table.setn(nan, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, "1e2" emit("table.setn(nan, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, {} emit("table.setn(nan, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, function() end emit("table.setn(nan, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, 0.5 emit("table.setn(nan, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, -1 emit("table.setn(nan, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, 0/0 emit("table.setn(nan, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, 2^31 emit("table.setn(nan, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, -2^31 emit("table.setn(nan, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, nil emit("table.setn(2^31, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, true emit("table.setn(2^31, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, "abc" emit("table.setn(2^31, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, "1e2" emit("table.setn(2^31, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, {} emit("table.setn(2^31, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, function() end emit("table.setn(2^31, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, 0.5 emit("table.setn(2^31, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, -1 emit("table.setn(2^31, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, 0/0 emit("table.setn(2^31, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, 2^31 emit("table.setn(2^31, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, -2^31 emit("table.setn(2^31, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, nil emit("table.setn(-2^31, nil)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, true emit("table.setn(-2^31, true)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, "abc" emit("table.setn(-2^31, abc)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, "1e2" emit("table.setn(-2^31, '1e2')", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, {} emit("table.setn(-2^31, {})", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, function() end emit("table.setn(-2^31, function)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, 0.5 emit("table.setn(-2^31, 0.5)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, -1 emit("table.setn(-2^31, -1)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, 0/0 emit("table.setn(-2^31, nan)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, 2^31 emit("table.setn(-2^31, 2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, -2^31 emit("table.setn(-2^31, -2^31)", pcall(function() return table.setn(a1, a2) end)) emit("  argument 1 after", a1) end
