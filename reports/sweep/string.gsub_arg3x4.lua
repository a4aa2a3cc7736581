-- Library-argument sweep ferrous-conformance run --sweep: string.gsub/arg3x4
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
do local a1, a2, a3, a4 = "abc", "b", nil, nil emit("string.gsub(base, base, nil, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, true emit("string.gsub(base, base, nil, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, "abc" emit("string.gsub(base, base, nil, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, "1e2" emit("string.gsub(base, base, nil, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, {} emit("string.gsub(base, base, nil, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, function() end emit("string.gsub(base, base, nil, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, 0.5 emit("string.gsub(base, base, nil, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, -1 emit("string.gsub(base, base, nil, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, 0/0 emit("string.gsub(base, base, nil, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, 2^31 emit("string.gsub(base, base, nil, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", nil, -2^31 emit("string.gsub(base, base, nil, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, nil emit("string.gsub(base, base, true, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, true emit("string.gsub(base, base, true, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, "abc" emit("string.gsub(base, base, true, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, "1e2" emit("string.gsub(base, base, true, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, {} emit("string.gsub(base, base, true, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, function() end emit("string.gsub(base, base, true, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, 0.5 emit("string.gsub(base, base, true, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, -1 emit("string.gsub(base, base, true, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, 0/0 emit("string.gsub(base, base, true, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, 2^31 emit("string.gsub(base, base, true, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", true, -2^31 emit("string.gsub(base, base, true, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", nil emit("string.gsub(base, base, abc, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", true emit("string.gsub(base, base, abc, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", "abc" emit("string.gsub(base, base, abc, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", "1e2" emit("string.gsub(base, base, abc, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", {} emit("string.gsub(base, base, abc, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", function() end emit("string.gsub(base, base, abc, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", 0.5 emit("string.gsub(base, base, abc, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", -1 emit("string.gsub(base, base, abc, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", 0/0 emit("string.gsub(base, base, abc, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", 2^31 emit("string.gsub(base, base, abc, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "abc", -2^31 emit("string.gsub(base, base, abc, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", nil emit("string.gsub(base, base, '1e2', nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", true emit("string.gsub(base, base, '1e2', true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", "abc" emit("string.gsub(base, base, '1e2', abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", "1e2" emit("string.gsub(base, base, '1e2', '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", {} emit("string.gsub(base, base, '1e2', {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", function() end emit("string.gsub(base, base, '1e2', function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", 0.5 emit("string.gsub(base, base, '1e2', 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", -1 emit("string.gsub(base, base, '1e2', -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", 0/0 emit("string.gsub(base, base, '1e2', nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", 2^31 emit("string.gsub(base, base, '1e2', 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", "1e2", -2^31 emit("string.gsub(base, base, '1e2', -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, nil emit("string.gsub(base, base, {}, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, true emit("string.gsub(base, base, {}, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, "abc" emit("string.gsub(base, base, {}, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, "1e2" emit("string.gsub(base, base, {}, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, {} emit("string.gsub(base, base, {}, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, function() end emit("string.gsub(base, base, {}, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, 0.5 emit("string.gsub(base, base, {}, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, -1 emit("string.gsub(base, base, {}, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, 0/0 emit("string.gsub(base, base, {}, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, 2^31 emit("string.gsub(base, base, {}, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", {}, -2^31 emit("string.gsub(base, base, {}, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, nil emit("string.gsub(base, base, function, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, true emit("string.gsub(base, base, function, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, "abc" emit("string.gsub(base, base, function, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, "1e2" emit("string.gsub(base, base, function, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, {} emit("string.gsub(base, base, function, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, function() end emit("string.gsub(base, base, function, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, 0.5 emit("string.gsub(base, base, function, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, -1 emit("string.gsub(base, base, function, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, 0/0 emit("string.gsub(base, base, function, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, 2^31 emit("string.gsub(base, base, function, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", function() end, -2^31 emit("string.gsub(base, base, function, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, nil emit("string.gsub(base, base, 0.5, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, true emit("string.gsub(base, base, 0.5, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, "abc" emit("string.gsub(base, base, 0.5, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, "1e2" emit("string.gsub(base, base, 0.5, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, {} emit("string.gsub(base, base, 0.5, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, function() end emit("string.gsub(base, base, 0.5, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, 0.5 emit("string.gsub(base, base, 0.5, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, -1 emit("string.gsub(base, base, 0.5, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, 0/0 emit("string.gsub(base, base, 0.5, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, 2^31 emit("string.gsub(base, base, 0.5, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0.5, -2^31 emit("string.gsub(base, base, 0.5, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, nil emit("string.gsub(base, base, -1, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, true emit("string.gsub(base, base, -1, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, "abc" emit("string.gsub(base, base, -1, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, "1e2" emit("string.gsub(base, base, -1, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, {} emit("string.gsub(base, base, -1, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, function() end emit("string.gsub(base, base, -1, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, 0.5 emit("string.gsub(base, base, -1, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, -1 emit("string.gsub(base, base, -1, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, 0/0 emit("string.gsub(base, base, -1, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, 2^31 emit("string.gsub(base, base, -1, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -1, -2^31 emit("string.gsub(base, base, -1, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, nil emit("string.gsub(base, base, nan, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, true emit("string.gsub(base, base, nan, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, "abc" emit("string.gsub(base, base, nan, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, "1e2" emit("string.gsub(base, base, nan, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, {} emit("string.gsub(base, base, nan, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, function() end emit("string.gsub(base, base, nan, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, 0.5 emit("string.gsub(base, base, nan, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, -1 emit("string.gsub(base, base, nan, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, 0/0 emit("string.gsub(base, base, nan, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, 2^31 emit("string.gsub(base, base, nan, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 0/0, -2^31 emit("string.gsub(base, base, nan, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, nil emit("string.gsub(base, base, 2^31, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, true emit("string.gsub(base, base, 2^31, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, "abc" emit("string.gsub(base, base, 2^31, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, "1e2" emit("string.gsub(base, base, 2^31, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, {} emit("string.gsub(base, base, 2^31, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, function() end emit("string.gsub(base, base, 2^31, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, 0.5 emit("string.gsub(base, base, 2^31, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, -1 emit("string.gsub(base, base, 2^31, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, 0/0 emit("string.gsub(base, base, 2^31, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, 2^31 emit("string.gsub(base, base, 2^31, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", 2^31, -2^31 emit("string.gsub(base, base, 2^31, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, nil emit("string.gsub(base, base, -2^31, nil)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, true emit("string.gsub(base, base, -2^31, true)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, "abc" emit("string.gsub(base, base, -2^31, abc)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, "1e2" emit("string.gsub(base, base, -2^31, '1e2')", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, {} emit("string.gsub(base, base, -2^31, {})", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, function() end emit("string.gsub(base, base, -2^31, function)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, 0.5 emit("string.gsub(base, base, -2^31, 0.5)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, -1 emit("string.gsub(base, base, -2^31, -1)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, 0/0 emit("string.gsub(base, base, -2^31, nan)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, 2^31 emit("string.gsub(base, base, -2^31, 2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "b", -2^31, -2^31 emit("string.gsub(base, base, -2^31, -2^31)", pcall(function() return string.gsub(a1, a2, a3, a4) end)) end
