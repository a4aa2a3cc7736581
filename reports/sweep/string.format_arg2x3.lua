-- Library-argument sweep ferrous-conformance run --sweep: string.format/arg2x3
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
do local a1, a2, a3 = "%s", nil, nil emit("string.format(base, nil, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, true emit("string.format(base, nil, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, "abc" emit("string.format(base, nil, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, "1e2" emit("string.format(base, nil, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, {} emit("string.format(base, nil, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, function() end emit("string.format(base, nil, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, 0.5 emit("string.format(base, nil, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, -1 emit("string.format(base, nil, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, 0/0 emit("string.format(base, nil, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, 2^31 emit("string.format(base, nil, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", nil, -2^31 emit("string.format(base, nil, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, nil emit("string.format(base, true, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, true emit("string.format(base, true, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, "abc" emit("string.format(base, true, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, "1e2" emit("string.format(base, true, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, {} emit("string.format(base, true, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, function() end emit("string.format(base, true, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, 0.5 emit("string.format(base, true, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, -1 emit("string.format(base, true, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, 0/0 emit("string.format(base, true, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, 2^31 emit("string.format(base, true, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", true, -2^31 emit("string.format(base, true, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", nil emit("string.format(base, abc, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", true emit("string.format(base, abc, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", "abc" emit("string.format(base, abc, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", "1e2" emit("string.format(base, abc, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", {} emit("string.format(base, abc, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", function() end emit("string.format(base, abc, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", 0.5 emit("string.format(base, abc, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", -1 emit("string.format(base, abc, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", 0/0 emit("string.format(base, abc, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", 2^31 emit("string.format(base, abc, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "abc", -2^31 emit("string.format(base, abc, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", nil emit("string.format(base, '1e2', nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", true emit("string.format(base, '1e2', true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", "abc" emit("string.format(base, '1e2', abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", "1e2" emit("string.format(base, '1e2', '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", {} emit("string.format(base, '1e2', {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", function() end emit("string.format(base, '1e2', function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", 0.5 emit("string.format(base, '1e2', 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", -1 emit("string.format(base, '1e2', -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", 0/0 emit("string.format(base, '1e2', nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", 2^31 emit("string.format(base, '1e2', 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", "1e2", -2^31 emit("string.format(base, '1e2', -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, nil emit("string.format(base, {}, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, true emit("string.format(base, {}, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, "abc" emit("string.format(base, {}, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, "1e2" emit("string.format(base, {}, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, {} emit("string.format(base, {}, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, function() end emit("string.format(base, {}, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, 0.5 emit("string.format(base, {}, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, -1 emit("string.format(base, {}, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, 0/0 emit("string.format(base, {}, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, 2^31 emit("string.format(base, {}, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", {}, -2^31 emit("string.format(base, {}, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, nil emit("string.format(base, function, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, true emit("string.format(base, function, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, "abc" emit("string.format(base, function, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, "1e2" emit("string.format(base, function, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, {} emit("string.format(base, function, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, function() end emit("string.format(base, function, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, 0.5 emit("string.format(base, function, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, -1 emit("string.format(base, function, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, 0/0 emit("string.format(base, function, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, 2^31 emit("string.format(base, function, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", function() end, -2^31 emit("string.format(base, function, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, nil emit("string.format(base, 0.5, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, true emit("string.format(base, 0.5, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, "abc" emit("string.format(base, 0.5, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, "1e2" emit("string.format(base, 0.5, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, {} emit("string.format(base, 0.5, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, function() end emit("string.format(base, 0.5, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, 0.5 emit("string.format(base, 0.5, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, -1 emit("string.format(base, 0.5, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, 0/0 emit("string.format(base, 0.5, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, 2^31 emit("string.format(base, 0.5, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0.5, -2^31 emit("string.format(base, 0.5, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, nil emit("string.format(base, -1, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, true emit("string.format(base, -1, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, "abc" emit("string.format(base, -1, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, "1e2" emit("string.format(base, -1, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, {} emit("string.format(base, -1, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, function() end emit("string.format(base, -1, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, 0.5 emit("string.format(base, -1, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, -1 emit("string.format(base, -1, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, 0/0 emit("string.format(base, -1, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, 2^31 emit("string.format(base, -1, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -1, -2^31 emit("string.format(base, -1, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, nil emit("string.format(base, nan, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, true emit("string.format(base, nan, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, "abc" emit("string.format(base, nan, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, "1e2" emit("string.format(base, nan, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, {} emit("string.format(base, nan, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, function() end emit("string.format(base, nan, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, 0.5 emit("string.format(base, nan, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, -1 emit("string.format(base, nan, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, 0/0 emit("string.format(base, nan, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, 2^31 emit("string.format(base, nan, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 0/0, -2^31 emit("string.format(base, nan, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, nil emit("string.format(base, 2^31, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, true emit("string.format(base, 2^31, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, "abc" emit("string.format(base, 2^31, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, "1e2" emit("string.format(base, 2^31, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, {} emit("string.format(base, 2^31, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, function() end emit("string.format(base, 2^31, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, 0.5 emit("string.format(base, 2^31, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, -1 emit("string.format(base, 2^31, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, 0/0 emit("string.format(base, 2^31, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, 2^31 emit("string.format(base, 2^31, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", 2^31, -2^31 emit("string.format(base, 2^31, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, nil emit("string.format(base, -2^31, nil)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, true emit("string.format(base, -2^31, true)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, "abc" emit("string.format(base, -2^31, abc)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, "1e2" emit("string.format(base, -2^31, '1e2')", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, {} emit("string.format(base, -2^31, {})", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, function() end emit("string.format(base, -2^31, function)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, 0.5 emit("string.format(base, -2^31, 0.5)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, -1 emit("string.format(base, -2^31, -1)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, 0/0 emit("string.format(base, -2^31, nan)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, 2^31 emit("string.format(base, -2^31, 2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
do local a1, a2, a3 = "%s", -2^31, -2^31 emit("string.format(base, -2^31, -2^31)", pcall(function() return string.format(a1, a2, a3) end)) end
