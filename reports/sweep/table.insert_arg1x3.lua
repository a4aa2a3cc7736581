-- Library-argument sweep ferrous-conformance run --sweep: table.insert/arg1x3
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
do local a1, a2, a3 = nil, 2, nil emit("table.insert(nil, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, true emit("table.insert(nil, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, "abc" emit("table.insert(nil, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, "1e2" emit("table.insert(nil, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, {} emit("table.insert(nil, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, function() end emit("table.insert(nil, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, 0.5 emit("table.insert(nil, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, -1 emit("table.insert(nil, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, 0/0 emit("table.insert(nil, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, 2^31 emit("table.insert(nil, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 2, -2^31 emit("table.insert(nil, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, nil emit("table.insert(true, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, true emit("table.insert(true, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, "abc" emit("table.insert(true, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, "1e2" emit("table.insert(true, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, {} emit("table.insert(true, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, function() end emit("table.insert(true, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, 0.5 emit("table.insert(true, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, -1 emit("table.insert(true, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, 0/0 emit("table.insert(true, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, 2^31 emit("table.insert(true, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, -2^31 emit("table.insert(true, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, nil emit("table.insert(abc, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, true emit("table.insert(abc, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, "abc" emit("table.insert(abc, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, "1e2" emit("table.insert(abc, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, {} emit("table.insert(abc, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, function() end emit("table.insert(abc, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, 0.5 emit("table.insert(abc, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, -1 emit("table.insert(abc, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, 0/0 emit("table.insert(abc, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, 2^31 emit("table.insert(abc, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, -2^31 emit("table.insert(abc, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, nil emit("table.insert('1e2', base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, true emit("table.insert('1e2', base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, "abc" emit("table.insert('1e2', base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, "1e2" emit("table.insert('1e2', base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, {} emit("table.insert('1e2', base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, function() end emit("table.insert('1e2', base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, 0.5 emit("table.insert('1e2', base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, -1 emit("table.insert('1e2', base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, 0/0 emit("table.insert('1e2', base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, 2^31 emit("table.insert('1e2', base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, -2^31 emit("table.insert('1e2', base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, nil emit("table.insert({}, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, true emit("table.insert({}, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, "abc" emit("table.insert({}, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, "1e2" emit("table.insert({}, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, {} emit("table.insert({}, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, function() end emit("table.insert({}, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, 0.5 emit("table.insert({}, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, -1 emit("table.insert({}, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, 0/0 emit("table.insert({}, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, 2^31 emit("table.insert({}, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, -2^31 emit("table.insert({}, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, nil emit("table.insert(function, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, true emit("table.insert(function, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, "abc" emit("table.insert(function, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, "1e2" emit("table.insert(function, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, {} emit("table.insert(function, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, function() end emit("table.insert(function, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, 0.5 emit("table.insert(function, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, -1 emit("table.insert(function, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, 0/0 emit("table.insert(function, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, 2^31 emit("table.insert(function, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, -2^31 emit("table.insert(function, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, nil emit("table.insert(0.5, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, true emit("table.insert(0.5, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, "abc" emit("table.insert(0.5, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, "1e2" emit("table.insert(0.5, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, {} emit("table.insert(0.5, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, function() end emit("table.insert(0.5, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, 0.5 emit("table.insert(0.5, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, -1 emit("table.insert(0.5, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, 0/0 emit("table.insert(0.5, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, 2^31 emit("table.insert(0.5, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, -2^31 emit("table.insert(0.5, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, nil emit("table.insert(-1, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, true emit("table.insert(-1, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, "abc" emit("table.insert(-1, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, "1e2" emit("table.insert(-1, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, {} emit("table.insert(-1, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, function() end emit("table.insert(-1, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, 0.5 emit("table.insert(-1, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, -1 emit("table.insert(-1, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, 0/0 emit("table.insert(-1, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, 2^31 emit("table.insert(-1, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, -2^31 emit("table.insert(-1, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, nil emit("table.insert(nan, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, true emit("table.insert(nan, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, "abc" emit("table.insert(nan, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, "1e2" emit("table.insert(nan, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, {} emit("table.insert(nan, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, function() end emit("table.insert(nan, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, 0.5 emit("table.insert(nan, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, -1 emit("table.insert(nan, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, 0/0 emit("table.insert(nan, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, 2^31 emit("table.insert(nan, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, -2^31 emit("table.insert(nan, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, nil emit("table.insert(2^31, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, true emit("table.insert(2^31, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, "abc" emit("table.insert(2^31, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, "1e2" emit("table.insert(2^31, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, {} emit("table.insert(2^31, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, function() end emit("table.insert(2^31, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, 0.5 emit("table.insert(2^31, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, -1 emit("table.insert(2^31, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, 0/0 emit("table.insert(2^31, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, 2^31 emit("table.insert(2^31, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, -2^31 emit("table.insert(2^31, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, nil emit("table.insert(-2^31, base, nil)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, true emit("table.insert(-2^31, base, true)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, "abc" emit("table.insert(-2^31, base, abc)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, "1e2" emit("table.insert(-2^31, base, '1e2')", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, {} emit("table.insert(-2^31, base, {})", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, function() end emit("table.insert(-2^31, base, function)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, 0.5 emit("table.insert(-2^31, base, 0.5)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, -1 emit("table.insert(-2^31, base, -1)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, 0/0 emit("table.insert(-2^31, base, nan)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, 2^31 emit("table.insert(-2^31, base, 2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, -2^31 emit("table.insert(-2^31, base, -2^31)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
