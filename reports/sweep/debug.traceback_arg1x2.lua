-- Library-argument sweep ferrous-conformance run --sweep: debug.traceback/arg1x2
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
do local a1, a2 = nil, nil emit("debug.traceback(nil, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, true emit("debug.traceback(nil, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("debug.traceback(nil, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("debug.traceback(nil, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, {} emit("debug.traceback(nil, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("debug.traceback(nil, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("debug.traceback(nil, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("debug.traceback(nil, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("debug.traceback(nil, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, nil emit("debug.traceback(true, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, true emit("debug.traceback(true, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("debug.traceback(true, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("debug.traceback(true, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, {} emit("debug.traceback(true, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, function() end emit("debug.traceback(true, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("debug.traceback(true, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, -1 emit("debug.traceback(true, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("debug.traceback(true, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("debug.traceback(abc, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", true emit("debug.traceback(abc, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("debug.traceback(abc, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("debug.traceback(abc, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("debug.traceback(abc, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("debug.traceback(abc, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("debug.traceback(abc, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("debug.traceback(abc, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("debug.traceback(abc, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("debug.traceback('1e2', nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("debug.traceback('1e2', true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("debug.traceback('1e2', abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("debug.traceback('1e2', '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("debug.traceback('1e2', {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("debug.traceback('1e2', function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("debug.traceback('1e2', 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("debug.traceback('1e2', -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("debug.traceback('1e2', nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, nil emit("debug.traceback({}, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, true emit("debug.traceback({}, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("debug.traceback({}, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("debug.traceback({}, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, {} emit("debug.traceback({}, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("debug.traceback({}, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("debug.traceback({}, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("debug.traceback({}, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("debug.traceback({}, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("debug.traceback(function, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, true emit("debug.traceback(function, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("debug.traceback(function, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("debug.traceback(function, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("debug.traceback(function, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("debug.traceback(function, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("debug.traceback(function, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("debug.traceback(function, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("debug.traceback(function, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("debug.traceback(0.5, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("debug.traceback(0.5, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("debug.traceback(0.5, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("debug.traceback(0.5, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("debug.traceback(0.5, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("debug.traceback(0.5, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("debug.traceback(0.5, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("debug.traceback(0.5, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("debug.traceback(0.5, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, nil emit("debug.traceback(-1, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, true emit("debug.traceback(-1, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("debug.traceback(-1, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("debug.traceback(-1, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, {} emit("debug.traceback(-1, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("debug.traceback(-1, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("debug.traceback(-1, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("debug.traceback(-1, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("debug.traceback(-1, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("debug.traceback(nan, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("debug.traceback(nan, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("debug.traceback(nan, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("debug.traceback(nan, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("debug.traceback(nan, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("debug.traceback(nan, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("debug.traceback(nan, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("debug.traceback(nan, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("debug.traceback(nan, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("debug.traceback(2^31, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("debug.traceback(2^31, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("debug.traceback(2^31, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("debug.traceback(2^31, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("debug.traceback(2^31, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("debug.traceback(2^31, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("debug.traceback(2^31, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("debug.traceback(2^31, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("debug.traceback(2^31, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("debug.traceback(-2^31, nil)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("debug.traceback(-2^31, true)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("debug.traceback(-2^31, abc)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("debug.traceback(-2^31, '1e2')", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("debug.traceback(-2^31, {})", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("debug.traceback(-2^31, function)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("debug.traceback(-2^31, 0.5)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("debug.traceback(-2^31, -1)", pcall(function() return debug.traceback(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("debug.traceback(-2^31, nan)", pcall(function() return debug.traceback(a1, a2) end)) end
