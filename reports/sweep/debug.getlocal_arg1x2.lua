-- Library-argument sweep ferrous-conformance run --sweep: debug.getlocal/arg1x2
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
do local a1, a2 = nil, nil emit("debug.getlocal(nil, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, true emit("debug.getlocal(nil, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, "abc" emit("debug.getlocal(nil, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, "1e2" emit("debug.getlocal(nil, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, {} emit("debug.getlocal(nil, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, function() end emit("debug.getlocal(nil, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, 0.5 emit("debug.getlocal(nil, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, -1 emit("debug.getlocal(nil, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, 0/0 emit("debug.getlocal(nil, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, 2^31 emit("debug.getlocal(nil, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = nil, -2^31 emit("debug.getlocal(nil, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, nil emit("debug.getlocal(true, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, true emit("debug.getlocal(true, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, "abc" emit("debug.getlocal(true, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, "1e2" emit("debug.getlocal(true, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, {} emit("debug.getlocal(true, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, function() end emit("debug.getlocal(true, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, 0.5 emit("debug.getlocal(true, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, -1 emit("debug.getlocal(true, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, 0/0 emit("debug.getlocal(true, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, 2^31 emit("debug.getlocal(true, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = true, -2^31 emit("debug.getlocal(true, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", nil emit("debug.getlocal(abc, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", true emit("debug.getlocal(abc, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", "abc" emit("debug.getlocal(abc, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", "1e2" emit("debug.getlocal(abc, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", {} emit("debug.getlocal(abc, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", function() end emit("debug.getlocal(abc, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", 0.5 emit("debug.getlocal(abc, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", -1 emit("debug.getlocal(abc, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", 0/0 emit("debug.getlocal(abc, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", 2^31 emit("debug.getlocal(abc, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "abc", -2^31 emit("debug.getlocal(abc, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", nil emit("debug.getlocal('1e2', nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", true emit("debug.getlocal('1e2', true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", "abc" emit("debug.getlocal('1e2', abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", "1e2" emit("debug.getlocal('1e2', '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", {} emit("debug.getlocal('1e2', {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", function() end emit("debug.getlocal('1e2', function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", 0.5 emit("debug.getlocal('1e2', 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", -1 emit("debug.getlocal('1e2', -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", 0/0 emit("debug.getlocal('1e2', nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", 2^31 emit("debug.getlocal('1e2', 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = "1e2", -2^31 emit("debug.getlocal('1e2', -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, nil emit("debug.getlocal({}, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, true emit("debug.getlocal({}, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, "abc" emit("debug.getlocal({}, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, "1e2" emit("debug.getlocal({}, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, {} emit("debug.getlocal({}, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, function() end emit("debug.getlocal({}, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, 0.5 emit("debug.getlocal({}, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, -1 emit("debug.getlocal({}, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, 0/0 emit("debug.getlocal({}, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, 2^31 emit("debug.getlocal({}, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = {}, -2^31 emit("debug.getlocal({}, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, nil emit("debug.getlocal(function, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, true emit("debug.getlocal(function, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, "abc" emit("debug.getlocal(function, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, "1e2" emit("debug.getlocal(function, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, {} emit("debug.getlocal(function, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, function() end emit("debug.getlocal(function, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, 0.5 emit("debug.getlocal(function, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, -1 emit("debug.getlocal(function, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, 0/0 emit("debug.getlocal(function, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, 2^31 emit("debug.getlocal(function, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = function() end, -2^31 emit("debug.getlocal(function, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, nil emit("debug.getlocal(0.5, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, true emit("debug.getlocal(0.5, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, "abc" emit("debug.getlocal(0.5, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, "1e2" emit("debug.getlocal(0.5, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, {} emit("debug.getlocal(0.5, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, function() end emit("debug.getlocal(0.5, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, 0.5 emit("debug.getlocal(0.5, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, -1 emit("debug.getlocal(0.5, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, 0/0 emit("debug.getlocal(0.5, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, 2^31 emit("debug.getlocal(0.5, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0.5, -2^31 emit("debug.getlocal(0.5, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, nil emit("debug.getlocal(-1, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, true emit("debug.getlocal(-1, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, "abc" emit("debug.getlocal(-1, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, "1e2" emit("debug.getlocal(-1, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, {} emit("debug.getlocal(-1, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, function() end emit("debug.getlocal(-1, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, 0.5 emit("debug.getlocal(-1, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, -1 emit("debug.getlocal(-1, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, 0/0 emit("debug.getlocal(-1, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, 2^31 emit("debug.getlocal(-1, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -1, -2^31 emit("debug.getlocal(-1, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, nil emit("debug.getlocal(nan, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, true emit("debug.getlocal(nan, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, "abc" emit("debug.getlocal(nan, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, "1e2" emit("debug.getlocal(nan, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, {} emit("debug.getlocal(nan, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, function() end emit("debug.getlocal(nan, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, 0.5 emit("debug.getlocal(nan, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, -1 emit("debug.getlocal(nan, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, 0/0 emit("debug.getlocal(nan, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, 2^31 emit("debug.getlocal(nan, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 0/0, -2^31 emit("debug.getlocal(nan, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, nil emit("debug.getlocal(2^31, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, true emit("debug.getlocal(2^31, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, "abc" emit("debug.getlocal(2^31, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, "1e2" emit("debug.getlocal(2^31, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, {} emit("debug.getlocal(2^31, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, function() end emit("debug.getlocal(2^31, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, 0.5 emit("debug.getlocal(2^31, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, -1 emit("debug.getlocal(2^31, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, 0/0 emit("debug.getlocal(2^31, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, 2^31 emit("debug.getlocal(2^31, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = 2^31, -2^31 emit("debug.getlocal(2^31, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, nil emit("debug.getlocal(-2^31, nil)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, true emit("debug.getlocal(-2^31, true)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, "abc" emit("debug.getlocal(-2^31, abc)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, "1e2" emit("debug.getlocal(-2^31, '1e2')", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, {} emit("debug.getlocal(-2^31, {})", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, function() end emit("debug.getlocal(-2^31, function)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, 0.5 emit("debug.getlocal(-2^31, 0.5)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, -1 emit("debug.getlocal(-2^31, -1)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, 0/0 emit("debug.getlocal(-2^31, nan)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, 2^31 emit("debug.getlocal(-2^31, 2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
do local a1, a2 = -2^31, -2^31 emit("debug.getlocal(-2^31, -2^31)", pcall(function() return debug.getlocal(a1, a2) end)) end
