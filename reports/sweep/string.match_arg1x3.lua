-- Library-argument sweep ferrous-conformance run --sweep: string.match/arg1x3
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
do local a1, a2, a3 = nil, "(b)(c)", nil emit("string.match(nil, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", true emit("string.match(nil, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", "abc" emit("string.match(nil, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", "1e2" emit("string.match(nil, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", {} emit("string.match(nil, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", function() end emit("string.match(nil, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", 0.5 emit("string.match(nil, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", -1 emit("string.match(nil, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", 0/0 emit("string.match(nil, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", 2^31 emit("string.match(nil, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, "(b)(c)", -2^31 emit("string.match(nil, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", nil emit("string.match(true, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", true emit("string.match(true, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", "abc" emit("string.match(true, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", "1e2" emit("string.match(true, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", {} emit("string.match(true, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", function() end emit("string.match(true, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", 0.5 emit("string.match(true, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", -1 emit("string.match(true, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", 0/0 emit("string.match(true, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", 2^31 emit("string.match(true, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = true, "(b)(c)", -2^31 emit("string.match(true, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", nil emit("string.match(abc, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", true emit("string.match(abc, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", "abc" emit("string.match(abc, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", "1e2" emit("string.match(abc, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", {} emit("string.match(abc, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", function() end emit("string.match(abc, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", 0.5 emit("string.match(abc, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", -1 emit("string.match(abc, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", 0/0 emit("string.match(abc, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", 2^31 emit("string.match(abc, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", "(b)(c)", -2^31 emit("string.match(abc, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", nil emit("string.match('1e2', base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", true emit("string.match('1e2', base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", "abc" emit("string.match('1e2', base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", "1e2" emit("string.match('1e2', base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", {} emit("string.match('1e2', base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", function() end emit("string.match('1e2', base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", 0.5 emit("string.match('1e2', base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", -1 emit("string.match('1e2', base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", 0/0 emit("string.match('1e2', base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", 2^31 emit("string.match('1e2', base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", "(b)(c)", -2^31 emit("string.match('1e2', base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", nil emit("string.match({}, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", true emit("string.match({}, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", "abc" emit("string.match({}, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", "1e2" emit("string.match({}, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", {} emit("string.match({}, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", function() end emit("string.match({}, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", 0.5 emit("string.match({}, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", -1 emit("string.match({}, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", 0/0 emit("string.match({}, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", 2^31 emit("string.match({}, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, "(b)(c)", -2^31 emit("string.match({}, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", nil emit("string.match(function, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", true emit("string.match(function, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", "abc" emit("string.match(function, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", "1e2" emit("string.match(function, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", {} emit("string.match(function, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", function() end emit("string.match(function, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", 0.5 emit("string.match(function, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", -1 emit("string.match(function, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", 0/0 emit("string.match(function, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", 2^31 emit("string.match(function, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, "(b)(c)", -2^31 emit("string.match(function, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", nil emit("string.match(0.5, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", true emit("string.match(0.5, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", "abc" emit("string.match(0.5, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", "1e2" emit("string.match(0.5, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", {} emit("string.match(0.5, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", function() end emit("string.match(0.5, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", 0.5 emit("string.match(0.5, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", -1 emit("string.match(0.5, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", 0/0 emit("string.match(0.5, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", 2^31 emit("string.match(0.5, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, "(b)(c)", -2^31 emit("string.match(0.5, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", nil emit("string.match(-1, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", true emit("string.match(-1, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", "abc" emit("string.match(-1, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", "1e2" emit("string.match(-1, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", {} emit("string.match(-1, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", function() end emit("string.match(-1, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", 0.5 emit("string.match(-1, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", -1 emit("string.match(-1, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", 0/0 emit("string.match(-1, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", 2^31 emit("string.match(-1, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, "(b)(c)", -2^31 emit("string.match(-1, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", nil emit("string.match(nan, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", true emit("string.match(nan, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", "abc" emit("string.match(nan, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", "1e2" emit("string.match(nan, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", {} emit("string.match(nan, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", function() end emit("string.match(nan, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", 0.5 emit("string.match(nan, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", -1 emit("string.match(nan, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", 0/0 emit("string.match(nan, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", 2^31 emit("string.match(nan, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, "(b)(c)", -2^31 emit("string.match(nan, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", nil emit("string.match(2^31, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", true emit("string.match(2^31, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", "abc" emit("string.match(2^31, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", "1e2" emit("string.match(2^31, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", {} emit("string.match(2^31, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", function() end emit("string.match(2^31, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", 0.5 emit("string.match(2^31, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", -1 emit("string.match(2^31, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", 0/0 emit("string.match(2^31, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", 2^31 emit("string.match(2^31, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, "(b)(c)", -2^31 emit("string.match(2^31, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", nil emit("string.match(-2^31, base, nil)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", true emit("string.match(-2^31, base, true)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", "abc" emit("string.match(-2^31, base, abc)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", "1e2" emit("string.match(-2^31, base, '1e2')", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", {} emit("string.match(-2^31, base, {})", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", function() end emit("string.match(-2^31, base, function)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", 0.5 emit("string.match(-2^31, base, 0.5)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", -1 emit("string.match(-2^31, base, -1)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", 0/0 emit("string.match(-2^31, base, nan)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", 2^31 emit("string.match(-2^31, base, 2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, "(b)(c)", -2^31 emit("string.match(-2^31, base, -2^31)", pcall(function() return string.match(a1, a2, a3) end)) end
