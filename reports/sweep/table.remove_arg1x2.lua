-- Library-argument sweep ferrous-conformance run --sweep: table.remove/arg1x2
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
do local a1, a2 = nil, nil emit("table.remove(nil, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, true emit("table.remove(nil, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, "abc" emit("table.remove(nil, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, "1e2" emit("table.remove(nil, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, {} emit("table.remove(nil, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, function() end emit("table.remove(nil, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, 0.5 emit("table.remove(nil, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, -1 emit("table.remove(nil, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, 0/0 emit("table.remove(nil, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, 2^31 emit("table.remove(nil, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = nil, -2^31 emit("table.remove(nil, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, nil emit("table.remove(true, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, true emit("table.remove(true, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, "abc" emit("table.remove(true, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, "1e2" emit("table.remove(true, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, {} emit("table.remove(true, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, function() end emit("table.remove(true, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, 0.5 emit("table.remove(true, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, -1 emit("table.remove(true, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, 0/0 emit("table.remove(true, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, 2^31 emit("table.remove(true, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = true, -2^31 emit("table.remove(true, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", nil emit("table.remove(abc, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", true emit("table.remove(abc, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", "abc" emit("table.remove(abc, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", "1e2" emit("table.remove(abc, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", {} emit("table.remove(abc, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", function() end emit("table.remove(abc, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", 0.5 emit("table.remove(abc, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", -1 emit("table.remove(abc, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", 0/0 emit("table.remove(abc, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", 2^31 emit("table.remove(abc, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "abc", -2^31 emit("table.remove(abc, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", nil emit("table.remove('1e2', nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", true emit("table.remove('1e2', true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", "abc" emit("table.remove('1e2', abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", "1e2" emit("table.remove('1e2', '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", {} emit("table.remove('1e2', {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", function() end emit("table.remove('1e2', function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", 0.5 emit("table.remove('1e2', 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", -1 emit("table.remove('1e2', -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", 0/0 emit("table.remove('1e2', nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", 2^31 emit("table.remove('1e2', 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = "1e2", -2^31 emit("table.remove('1e2', -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, nil emit("table.remove({}, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, true emit("table.remove({}, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, "abc" emit("table.remove({}, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, "1e2" emit("table.remove({}, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, {} emit("table.remove({}, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, function() end emit("table.remove({}, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, 0.5 emit("table.remove({}, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, -1 emit("table.remove({}, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, 0/0 emit("table.remove({}, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, 2^31 emit("table.remove({}, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = {}, -2^31 emit("table.remove({}, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, nil emit("table.remove(function, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, true emit("table.remove(function, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, "abc" emit("table.remove(function, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, "1e2" emit("table.remove(function, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, {} emit("table.remove(function, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, function() end emit("table.remove(function, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, 0.5 emit("table.remove(function, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, -1 emit("table.remove(function, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, 0/0 emit("table.remove(function, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, 2^31 emit("table.remove(function, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = function() end, -2^31 emit("table.remove(function, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, nil emit("table.remove(0.5, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, true emit("table.remove(0.5, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, "abc" emit("table.remove(0.5, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, "1e2" emit("table.remove(0.5, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, {} emit("table.remove(0.5, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, function() end emit("table.remove(0.5, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, 0.5 emit("table.remove(0.5, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, -1 emit("table.remove(0.5, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, 0/0 emit("table.remove(0.5, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, 2^31 emit("table.remove(0.5, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0.5, -2^31 emit("table.remove(0.5, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, nil emit("table.remove(-1, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, true emit("table.remove(-1, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, "abc" emit("table.remove(-1, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, "1e2" emit("table.remove(-1, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, {} emit("table.remove(-1, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, function() end emit("table.remove(-1, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, 0.5 emit("table.remove(-1, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, -1 emit("table.remove(-1, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, 0/0 emit("table.remove(-1, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, 2^31 emit("table.remove(-1, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -1, -2^31 emit("table.remove(-1, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, nil emit("table.remove(nan, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, true emit("table.remove(nan, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, "abc" emit("table.remove(nan, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, "1e2" emit("table.remove(nan, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, {} emit("table.remove(nan, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, function() end emit("table.remove(nan, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, 0.5 emit("table.remove(nan, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, -1 emit("table.remove(nan, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, 0/0 emit("table.remove(nan, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, 2^31 emit("table.remove(nan, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 0/0, -2^31 emit("table.remove(nan, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, nil emit("table.remove(2^31, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, true emit("table.remove(2^31, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, "abc" emit("table.remove(2^31, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, "1e2" emit("table.remove(2^31, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, {} emit("table.remove(2^31, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, function() end emit("table.remove(2^31, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, 0.5 emit("table.remove(2^31, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, -1 emit("table.remove(2^31, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, 0/0 emit("table.remove(2^31, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, 2^31 emit("table.remove(2^31, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = 2^31, -2^31 emit("table.remove(2^31, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, nil emit("table.remove(-2^31, nil)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, true emit("table.remove(-2^31, true)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, "abc" emit("table.remove(-2^31, abc)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, "1e2" emit("table.remove(-2^31, '1e2')", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, {} emit("table.remove(-2^31, {})", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, function() end emit("table.remove(-2^31, function)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, 0.5 emit("table.remove(-2^31, 0.5)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, -1 emit("table.remove(-2^31, -1)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, 0/0 emit("table.remove(-2^31, nan)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, 2^31 emit("table.remove(-2^31, 2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
do local a1, a2 = -2^31, -2^31 emit("table.remove(-2^31, -2^31)", pcall(function() return table.remove(a1, a2) end)) emit("  argument 1 after", a1) end
