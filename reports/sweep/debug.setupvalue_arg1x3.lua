-- Library-argument sweep ferrous-conformance run --sweep: debug.setupvalue/arg1x3
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
do local a1, a2, a3 = nil, 1, nil emit("debug.setupvalue(nil, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, true emit("debug.setupvalue(nil, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, "abc" emit("debug.setupvalue(nil, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, "1e2" emit("debug.setupvalue(nil, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, {} emit("debug.setupvalue(nil, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, function() end emit("debug.setupvalue(nil, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, 0.5 emit("debug.setupvalue(nil, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, -1 emit("debug.setupvalue(nil, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, 0/0 emit("debug.setupvalue(nil, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, 2^31 emit("debug.setupvalue(nil, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = nil, 1, -2^31 emit("debug.setupvalue(nil, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, nil emit("debug.setupvalue(true, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, true emit("debug.setupvalue(true, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, "abc" emit("debug.setupvalue(true, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, "1e2" emit("debug.setupvalue(true, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, {} emit("debug.setupvalue(true, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, function() end emit("debug.setupvalue(true, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 0.5 emit("debug.setupvalue(true, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, -1 emit("debug.setupvalue(true, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 0/0 emit("debug.setupvalue(true, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, 2^31 emit("debug.setupvalue(true, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = true, 1, -2^31 emit("debug.setupvalue(true, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, nil emit("debug.setupvalue(abc, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, true emit("debug.setupvalue(abc, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "abc" emit("debug.setupvalue(abc, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, "1e2" emit("debug.setupvalue(abc, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, {} emit("debug.setupvalue(abc, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, function() end emit("debug.setupvalue(abc, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0.5 emit("debug.setupvalue(abc, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -1 emit("debug.setupvalue(abc, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 0/0 emit("debug.setupvalue(abc, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, 2^31 emit("debug.setupvalue(abc, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "abc", 1, -2^31 emit("debug.setupvalue(abc, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, nil emit("debug.setupvalue('1e2', base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, true emit("debug.setupvalue('1e2', base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, "abc" emit("debug.setupvalue('1e2', base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, "1e2" emit("debug.setupvalue('1e2', base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, {} emit("debug.setupvalue('1e2', base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, function() end emit("debug.setupvalue('1e2', base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 0.5 emit("debug.setupvalue('1e2', base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, -1 emit("debug.setupvalue('1e2', base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 0/0 emit("debug.setupvalue('1e2', base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, 2^31 emit("debug.setupvalue('1e2', base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = "1e2", 1, -2^31 emit("debug.setupvalue('1e2', base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, nil emit("debug.setupvalue({}, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, true emit("debug.setupvalue({}, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, "abc" emit("debug.setupvalue({}, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, "1e2" emit("debug.setupvalue({}, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, {} emit("debug.setupvalue({}, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, function() end emit("debug.setupvalue({}, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 0.5 emit("debug.setupvalue({}, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, -1 emit("debug.setupvalue({}, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 0/0 emit("debug.setupvalue({}, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, 2^31 emit("debug.setupvalue({}, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = {}, 1, -2^31 emit("debug.setupvalue({}, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, nil emit("debug.setupvalue(function, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, true emit("debug.setupvalue(function, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, "abc" emit("debug.setupvalue(function, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, "1e2" emit("debug.setupvalue(function, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, {} emit("debug.setupvalue(function, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, function() end emit("debug.setupvalue(function, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 0.5 emit("debug.setupvalue(function, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, -1 emit("debug.setupvalue(function, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 0/0 emit("debug.setupvalue(function, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, 2^31 emit("debug.setupvalue(function, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = function() end, 1, -2^31 emit("debug.setupvalue(function, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, nil emit("debug.setupvalue(0.5, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, true emit("debug.setupvalue(0.5, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, "abc" emit("debug.setupvalue(0.5, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, "1e2" emit("debug.setupvalue(0.5, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, {} emit("debug.setupvalue(0.5, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, function() end emit("debug.setupvalue(0.5, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 0.5 emit("debug.setupvalue(0.5, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, -1 emit("debug.setupvalue(0.5, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 0/0 emit("debug.setupvalue(0.5, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, 2^31 emit("debug.setupvalue(0.5, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0.5, 1, -2^31 emit("debug.setupvalue(0.5, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, nil emit("debug.setupvalue(-1, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, true emit("debug.setupvalue(-1, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, "abc" emit("debug.setupvalue(-1, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, "1e2" emit("debug.setupvalue(-1, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, {} emit("debug.setupvalue(-1, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, function() end emit("debug.setupvalue(-1, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 0.5 emit("debug.setupvalue(-1, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, -1 emit("debug.setupvalue(-1, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 0/0 emit("debug.setupvalue(-1, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, 2^31 emit("debug.setupvalue(-1, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -1, 1, -2^31 emit("debug.setupvalue(-1, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, nil emit("debug.setupvalue(nan, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, true emit("debug.setupvalue(nan, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, "abc" emit("debug.setupvalue(nan, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, "1e2" emit("debug.setupvalue(nan, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, {} emit("debug.setupvalue(nan, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, function() end emit("debug.setupvalue(nan, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 0.5 emit("debug.setupvalue(nan, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, -1 emit("debug.setupvalue(nan, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 0/0 emit("debug.setupvalue(nan, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, 2^31 emit("debug.setupvalue(nan, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 0/0, 1, -2^31 emit("debug.setupvalue(nan, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, nil emit("debug.setupvalue(2^31, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, true emit("debug.setupvalue(2^31, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, "abc" emit("debug.setupvalue(2^31, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, "1e2" emit("debug.setupvalue(2^31, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, {} emit("debug.setupvalue(2^31, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, function() end emit("debug.setupvalue(2^31, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 0.5 emit("debug.setupvalue(2^31, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, -1 emit("debug.setupvalue(2^31, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 0/0 emit("debug.setupvalue(2^31, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, 2^31 emit("debug.setupvalue(2^31, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = 2^31, 1, -2^31 emit("debug.setupvalue(2^31, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, nil emit("debug.setupvalue(-2^31, base, nil)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, true emit("debug.setupvalue(-2^31, base, true)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, "abc" emit("debug.setupvalue(-2^31, base, abc)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, "1e2" emit("debug.setupvalue(-2^31, base, '1e2')", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, {} emit("debug.setupvalue(-2^31, base, {})", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, function() end emit("debug.setupvalue(-2^31, base, function)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 0.5 emit("debug.setupvalue(-2^31, base, 0.5)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, -1 emit("debug.setupvalue(-2^31, base, -1)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 0/0 emit("debug.setupvalue(-2^31, base, nan)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, 2^31 emit("debug.setupvalue(-2^31, base, 2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
do local a1, a2, a3 = -2^31, 1, -2^31 emit("debug.setupvalue(-2^31, base, -2^31)", pcall(function() return debug.setupvalue(a1, a2, a3) end)) end
