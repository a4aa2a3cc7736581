-- Library-argument sweep ferrous-conformance run --sweep: rawset/arg1x3
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
do local a1, a2, a3 = nil, 1, nil emit("rawset(nil, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, true emit("rawset(nil, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, "abc" emit("rawset(nil, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, "1e2" emit("rawset(nil, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, {} emit("rawset(nil, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, function() end emit("rawset(nil, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, 0.5 emit("rawset(nil, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, -1 emit("rawset(nil, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, 0/0 emit("rawset(nil, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, 2^31 emit("rawset(nil, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = nil, 1, -2^31 emit("rawset(nil, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, nil emit("rawset(true, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, true emit("rawset(true, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, "abc" emit("rawset(true, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, "1e2" emit("rawset(true, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, {} emit("rawset(true, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, function() end emit("rawset(true, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, 0.5 emit("rawset(true, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, -1 emit("rawset(true, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, 0/0 emit("rawset(true, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, 2^31 emit("rawset(true, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 1, -2^31 emit("rawset(true, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, nil emit("rawset(abc, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, true emit("rawset(abc, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, "abc" emit("rawset(abc, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, "1e2" emit("rawset(abc, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, {} emit("rawset(abc, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, function() end emit("rawset(abc, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, 0.5 emit("rawset(abc, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, -1 emit("rawset(abc, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, 0/0 emit("rawset(abc, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, 2^31 emit("rawset(abc, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 1, -2^31 emit("rawset(abc, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, nil emit("rawset('1e2', base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, true emit("rawset('1e2', base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, "abc" emit("rawset('1e2', base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, "1e2" emit("rawset('1e2', base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, {} emit("rawset('1e2', base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, function() end emit("rawset('1e2', base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, 0.5 emit("rawset('1e2', base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, -1 emit("rawset('1e2', base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, 0/0 emit("rawset('1e2', base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, 2^31 emit("rawset('1e2', base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 1, -2^31 emit("rawset('1e2', base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, nil emit("rawset({}, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, true emit("rawset({}, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, "abc" emit("rawset({}, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, "1e2" emit("rawset({}, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, {} emit("rawset({}, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, function() end emit("rawset({}, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, 0.5 emit("rawset({}, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, -1 emit("rawset({}, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, 0/0 emit("rawset({}, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, 2^31 emit("rawset({}, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 1, -2^31 emit("rawset({}, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, nil emit("rawset(function, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, true emit("rawset(function, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, "abc" emit("rawset(function, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, "1e2" emit("rawset(function, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, {} emit("rawset(function, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, function() end emit("rawset(function, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, 0.5 emit("rawset(function, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, -1 emit("rawset(function, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, 0/0 emit("rawset(function, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, 2^31 emit("rawset(function, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 1, -2^31 emit("rawset(function, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, nil emit("rawset(0.5, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, true emit("rawset(0.5, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, "abc" emit("rawset(0.5, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, "1e2" emit("rawset(0.5, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, {} emit("rawset(0.5, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, function() end emit("rawset(0.5, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, 0.5 emit("rawset(0.5, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, -1 emit("rawset(0.5, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, 0/0 emit("rawset(0.5, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, 2^31 emit("rawset(0.5, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 1, -2^31 emit("rawset(0.5, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, nil emit("rawset(-1, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, true emit("rawset(-1, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, "abc" emit("rawset(-1, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, "1e2" emit("rawset(-1, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, {} emit("rawset(-1, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, function() end emit("rawset(-1, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, 0.5 emit("rawset(-1, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, -1 emit("rawset(-1, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, 0/0 emit("rawset(-1, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, 2^31 emit("rawset(-1, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 1, -2^31 emit("rawset(-1, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, nil emit("rawset(nan, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, true emit("rawset(nan, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, "abc" emit("rawset(nan, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, "1e2" emit("rawset(nan, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, {} emit("rawset(nan, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, function() end emit("rawset(nan, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, 0.5 emit("rawset(nan, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, -1 emit("rawset(nan, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, 0/0 emit("rawset(nan, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, 2^31 emit("rawset(nan, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 1, -2^31 emit("rawset(nan, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, nil emit("rawset(2^31, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, true emit("rawset(2^31, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, "abc" emit("rawset(2^31, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, "1e2" emit("rawset(2^31, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, {} emit("rawset(2^31, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, function() end emit("rawset(2^31, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, 0.5 emit("rawset(2^31, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, -1 emit("rawset(2^31, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, 0/0 emit("rawset(2^31, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, 2^31 emit("rawset(2^31, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 1, -2^31 emit("rawset(2^31, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, nil emit("rawset(-2^31, base, nil)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, true emit("rawset(-2^31, base, true)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, "abc" emit("rawset(-2^31, base, abc)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, "1e2" emit("rawset(-2^31, base, '1e2')", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, {} emit("rawset(-2^31, base, {})", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, function() end emit("rawset(-2^31, base, function)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, 0.5 emit("rawset(-2^31, base, 0.5)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, -1 emit("rawset(-2^31, base, -1)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, 0/0 emit("rawset(-2^31, base, nan)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, 2^31 emit("rawset(-2^31, base, 2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 1, -2^31 emit("rawset(-2^31, base, -2^31)", pcall(function() return rawset(a1, a2, a3) end)) emit("  argument 1 after", a1) end
