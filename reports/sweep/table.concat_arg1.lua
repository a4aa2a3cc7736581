-- Library-argument sweep ferrous-conformance run --sweep: table.concat/arg1
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
do emit("table.concat(missing)", pcall(function() return table.concat() end)) end
do local a1, a2, a3, a4 = nil, ", ", 1, 3 emit("table.concat(nil, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = true, ", ", 1, 3 emit("table.concat(true, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = false, ", ", 1, 3 emit("table.concat(false, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0, ", ", 1, 3 emit("table.concat(0, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -(function() return 0 end)(), ", ", 1, 3 emit("table.concat(-0, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1, ", ", 1, 3 emit("table.concat(1, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1, ", ", 1, 3 emit("table.concat(-1, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -3, ", ", 1, 3 emit("table.concat(-3, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0.5, ", ", 1, 3 emit("table.concat(0.5, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -0.5, ", ", 1, 3 emit("table.concat(-0.5, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1.5, ", ", 1, 3 emit("table.concat(1.5, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 0/0, ", ", 1, 3 emit("table.concat(nan, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1/0, ", ", 1, 3 emit("table.concat(inf, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1/0, ", ", 1, 3 emit("table.concat(-inf, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31, ", ", 1, 3 emit("table.concat(2^31, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^31-1, ", ", 1, 3 emit("table.concat(2^31-1, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31, ", ", 1, 3 emit("table.concat(-2^31, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -2^31-1, ", ", 1, 3 emit("table.concat(-2^31-1, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^32+1, ", ", 1, 3 emit("table.concat(2^32+1, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^53, ", ", 1, 3 emit("table.concat(2^53, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 2^63, ", ", 1, 3 emit("table.concat(2^63, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 1e300, ", ", 1, 3 emit("table.concat(1e300, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = -1e300, ", ", 1, 3 emit("table.concat(-1e300, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 255, ", ", 1, 3 emit("table.concat(255, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = 256, ", ", 1, 3 emit("table.concat(256, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "", ", ", 1, 3 emit("table.concat(empty, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "abc", ", ", 1, 3 emit("table.concat(abc, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "a\0b", ", ", 1, 3 emit("table.concat(nul, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = " 10 ", ", ", 1, 3 emit("table.concat(' 10 ', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "0x10", ", ", 1, 3 emit("table.concat('0x10', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "1e2", ", ", 1, 3 emit("table.concat('1e2', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "-1", ", ", 1, 3 emit("table.concat('-1', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "nan", ", ", 1, 3 emit("table.concat('nan', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = " inf", ", ", 1, 3 emit("table.concat('inf', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "0x", ", ", 1, 3 emit("table.concat('0x', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = "2147483648", ", ", 1, 3 emit("table.concat('2^31', base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = string.rep("x", 100000), ", ", 1, 3 emit("table.concat(huge, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {}, ", ", 1, 3 emit("table.concat({}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, 2, 3}, ", ", 1, 3 emit("table.concat({1,2,3}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__index = function(t, k) return k end}), ", ", 1, 3 emit("table.concat({__index}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__tostring = function() return "T" end}), ", ", 1, 3 emit("table.concat({__tostring}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__tostring = function() return {} end}), ", ", 1, 3 emit("table.concat({__tostring bad}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({1, 2}, {__len = function() return 10 end}), ", ", 1, 3 emit("table.concat({__len}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), ", ", 1, 3 emit("table.concat({__call}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__metatable = "locked"}), ", ", 1, 3 emit("table.concat({__metatable}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), ", ", 1, 3 emit("table.concat({__eq __lt __concat}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), ", ", 1, 3 emit("table.concat({__index table}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = function() end, ", ", 1, 3 emit("table.concat(function, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = math.max, ", ", 1, 3 emit("table.concat(C function, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = coroutine.create(function() end), ", ", 1, 3 emit("table.concat(thread, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = newproxy(), ", ", 1, 3 emit("table.concat(userdata, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), ", ", 1, 3 emit("table.concat(userdata with metatable, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {3, 1, 2}, ", ", 1, 3 emit("table.concat({3,1,2}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {n = 2}, ", ", 1, 3 emit("table.concat({n=2}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, nil, 3}, ", ", 1, 3 emit("table.concat({1,nil,3}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {[1.5] = 1}, ", ", 1, 3 emit("table.concat({[1.5]=1}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {"a", "b"}, ", ", 1, 3 emit("table.concat({'a','b'}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {[2^31] = 1}, ", ", 1, 3 emit("table.concat({[2^31]=1}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
do local a1, a2, a3, a4 = {1, {}}, ", ", 1, 3 emit("table.concat({1,{}}, base, base, base)", pcall(function() return table.concat(a1, a2, a3, a4) end)) end
