-- Library-argument sweep ferrous-conformance run --sweep: tonumber/arg1x2
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
do local a1, a2 = nil, nil emit("tonumber(nil, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, true emit("tonumber(nil, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("tonumber(nil, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("tonumber(nil, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, {} emit("tonumber(nil, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("tonumber(nil, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("tonumber(nil, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("tonumber(nil, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("tonumber(nil, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("tonumber(nil, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("tonumber(nil, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, nil emit("tonumber(true, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, true emit("tonumber(true, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("tonumber(true, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("tonumber(true, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, {} emit("tonumber(true, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, function() end emit("tonumber(true, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("tonumber(true, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, -1 emit("tonumber(true, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("tonumber(true, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("tonumber(true, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("tonumber(true, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("tonumber(abc, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", true emit("tonumber(abc, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("tonumber(abc, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("tonumber(abc, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("tonumber(abc, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("tonumber(abc, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("tonumber(abc, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("tonumber(abc, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("tonumber(abc, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("tonumber(abc, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("tonumber(abc, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("tonumber('1e2', nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("tonumber('1e2', true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("tonumber('1e2', abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("tonumber('1e2', '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("tonumber('1e2', {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("tonumber('1e2', function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("tonumber('1e2', 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("tonumber('1e2', -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("tonumber('1e2', nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("tonumber('1e2', 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("tonumber('1e2', -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, nil emit("tonumber({}, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, true emit("tonumber({}, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("tonumber({}, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("tonumber({}, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, {} emit("tonumber({}, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("tonumber({}, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("tonumber({}, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("tonumber({}, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("tonumber({}, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("tonumber({}, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("tonumber({}, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("tonumber(function, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, true emit("tonumber(function, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("tonumber(function, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("tonumber(function, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("tonumber(function, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("tonumber(function, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("tonumber(function, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("tonumber(function, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("tonumber(function, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("tonumber(function, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("tonumber(function, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("tonumber(0.5, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("tonumber(0.5, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("tonumber(0.5, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("tonumber(0.5, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("tonumber(0.5, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("tonumber(0.5, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("tonumber(0.5, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("tonumber(0.5, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("tonumber(0.5, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("tonumber(0.5, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("tonumber(0.5, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, nil emit("tonumber(-1, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, true emit("tonumber(-1, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("tonumber(-1, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("tonumber(-1, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, {} emit("tonumber(-1, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("tonumber(-1, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("tonumber(-1, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("tonumber(-1, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("tonumber(-1, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("tonumber(-1, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("tonumber(-1, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("tonumber(nan, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("tonumber(nan, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("tonumber(nan, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("tonumber(nan, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("tonumber(nan, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("tonumber(nan, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("tonumber(nan, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("tonumber(nan, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("tonumber(nan, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("tonumber(nan, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("tonumber(nan, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("tonumber(2^31, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("tonumber(2^31, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("tonumber(2^31, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("tonumber(2^31, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("tonumber(2^31, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("tonumber(2^31, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("tonumber(2^31, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("tonumber(2^31, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("tonumber(2^31, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("tonumber(2^31, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("tonumber(2^31, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("tonumber(-2^31, nil)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("tonumber(-2^31, true)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("tonumber(-2^31, abc)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("tonumber(-2^31, '1e2')", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("tonumber(-2^31, {})", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("tonumber(-2^31, function)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("tonumber(-2^31, 0.5)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("tonumber(-2^31, -1)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("tonumber(-2^31, nan)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("tonumber(-2^31, 2^31)", pcall(function() return tonumber(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("tonumber(-2^31, -2^31)", pcall(function() return tonumber(a1, a2) end)) end
