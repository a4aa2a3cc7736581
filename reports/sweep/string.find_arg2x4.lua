-- Library-argument sweep ferrous-conformance run --sweep: string.find/arg2x4
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
do local a1, a2, a3, a4 = "abc", nil, 1, nil emit("string.find(base, nil, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, true emit("string.find(base, nil, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, "abc" emit("string.find(base, nil, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, "1e2" emit("string.find(base, nil, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, {} emit("string.find(base, nil, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, function() end emit("string.find(base, nil, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, 0.5 emit("string.find(base, nil, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, -1 emit("string.find(base, nil, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, 0/0 emit("string.find(base, nil, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, 2^31 emit("string.find(base, nil, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", nil, 1, -2^31 emit("string.find(base, nil, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, nil emit("string.find(base, true, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, true emit("string.find(base, true, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, "abc" emit("string.find(base, true, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, "1e2" emit("string.find(base, true, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, {} emit("string.find(base, true, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, function() end emit("string.find(base, true, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, 0.5 emit("string.find(base, true, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, -1 emit("string.find(base, true, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, 0/0 emit("string.find(base, true, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, 2^31 emit("string.find(base, true, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", true, 1, -2^31 emit("string.find(base, true, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, nil emit("string.find(base, abc, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, true emit("string.find(base, abc, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, "abc" emit("string.find(base, abc, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, "1e2" emit("string.find(base, abc, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, {} emit("string.find(base, abc, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, function() end emit("string.find(base, abc, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, 0.5 emit("string.find(base, abc, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, -1 emit("string.find(base, abc, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, 0/0 emit("string.find(base, abc, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, 2^31 emit("string.find(base, abc, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "abc", 1, -2^31 emit("string.find(base, abc, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, nil emit("string.find(base, '1e2', base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, true emit("string.find(base, '1e2', base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, "abc" emit("string.find(base, '1e2', base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, "1e2" emit("string.find(base, '1e2', base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, {} emit("string.find(base, '1e2', base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, function() end emit("string.find(base, '1e2', base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, 0.5 emit("string.find(base, '1e2', base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, -1 emit("string.find(base, '1e2', base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, 0/0 emit("string.find(base, '1e2', base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, 2^31 emit("string.find(base, '1e2', base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", "1e2", 1, -2^31 emit("string.find(base, '1e2', base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, nil emit("string.find(base, {}, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, true emit("string.find(base, {}, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, "abc" emit("string.find(base, {}, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, "1e2" emit("string.find(base, {}, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, {} emit("string.find(base, {}, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, function() end emit("string.find(base, {}, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, 0.5 emit("string.find(base, {}, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, -1 emit("string.find(base, {}, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, 0/0 emit("string.find(base, {}, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, 2^31 emit("string.find(base, {}, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", {}, 1, -2^31 emit("string.find(base, {}, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, nil emit("string.find(base, function, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, true emit("string.find(base, function, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, "abc" emit("string.find(base, function, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, "1e2" emit("string.find(base, function, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, {} emit("string.find(base, function, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, function() end emit("string.find(base, function, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, 0.5 emit("string.find(base, function, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, -1 emit("string.find(base, function, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, 0/0 emit("string.find(base, function, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, 2^31 emit("string.find(base, function, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", function() end, 1, -2^31 emit("string.find(base, function, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, nil emit("string.find(base, 0.5, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, true emit("string.find(base, 0.5, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, "abc" emit("string.find(base, 0.5, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, "1e2" emit("string.find(base, 0.5, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, {} emit("string.find(base, 0.5, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, function() end emit("string.find(base, 0.5, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, 0.5 emit("string.find(base, 0.5, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, -1 emit("string.find(base, 0.5, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, 0/0 emit("string.find(base, 0.5, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, 2^31 emit("string.find(base, 0.5, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0.5, 1, -2^31 emit("string.find(base, 0.5, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, nil emit("string.find(base, -1, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, true emit("string.find(base, -1, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, "abc" emit("string.find(base, -1, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, "1e2" emit("string.find(base, -1, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, {} emit("string.find(base, -1, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, function() end emit("string.find(base, -1, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, 0.5 emit("string.find(base, -1, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, -1 emit("string.find(base, -1, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, 0/0 emit("string.find(base, -1, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, 2^31 emit("string.find(base, -1, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -1, 1, -2^31 emit("string.find(base, -1, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, nil emit("string.find(base, nan, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, true emit("string.find(base, nan, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, "abc" emit("string.find(base, nan, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, "1e2" emit("string.find(base, nan, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, {} emit("string.find(base, nan, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, function() end emit("string.find(base, nan, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, 0.5 emit("string.find(base, nan, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, -1 emit("string.find(base, nan, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, 0/0 emit("string.find(base, nan, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, 2^31 emit("string.find(base, nan, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 0/0, 1, -2^31 emit("string.find(base, nan, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, nil emit("string.find(base, 2^31, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, true emit("string.find(base, 2^31, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, "abc" emit("string.find(base, 2^31, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, "1e2" emit("string.find(base, 2^31, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, {} emit("string.find(base, 2^31, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, function() end emit("string.find(base, 2^31, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, 0.5 emit("string.find(base, 2^31, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, -1 emit("string.find(base, 2^31, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, 0/0 emit("string.find(base, 2^31, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, 2^31 emit("string.find(base, 2^31, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", 2^31, 1, -2^31 emit("string.find(base, 2^31, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, nil emit("string.find(base, -2^31, base, nil)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, true emit("string.find(base, -2^31, base, true)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, "abc" emit("string.find(base, -2^31, base, abc)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, "1e2" emit("string.find(base, -2^31, base, '1e2')", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, {} emit("string.find(base, -2^31, base, {})", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, function() end emit("string.find(base, -2^31, base, function)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, 0.5 emit("string.find(base, -2^31, base, 0.5)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, -1 emit("string.find(base, -2^31, base, -1)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, 0/0 emit("string.find(base, -2^31, base, nan)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, 2^31 emit("string.find(base, -2^31, base, 2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", -2^31, 1, -2^31 emit("string.find(base, -2^31, base, -2^31)", pcall(function() return string.find(a1, a2, a3, a4) end)) end
