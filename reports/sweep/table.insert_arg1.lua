-- Library-argument sweep ferrous-conformance run --sweep: table.insert/arg1
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
do emit("table.insert(missing)", pcall(function() return table.insert() end)) end
do local a1, a2, a3 = nil, 2, "v" emit("table.insert(nil, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = true, 2, "v" emit("table.insert(true, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = false, 2, "v" emit("table.insert(false, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0, 2, "v" emit("table.insert(0, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -(function() return 0 end)(), 2, "v" emit("table.insert(-0, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 1, 2, "v" emit("table.insert(1, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1, 2, "v" emit("table.insert(-1, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -3, 2, "v" emit("table.insert(-3, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0.5, 2, "v" emit("table.insert(0.5, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -0.5, 2, "v" emit("table.insert(-0.5, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 1.5, 2, "v" emit("table.insert(1.5, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 0/0, 2, "v" emit("table.insert(nan, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 1/0, 2, "v" emit("table.insert(inf, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1/0, 2, "v" emit("table.insert(-inf, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31, 2, "v" emit("table.insert(2^31, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^31-1, 2, "v" emit("table.insert(2^31-1, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31, 2, "v" emit("table.insert(-2^31, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -2^31-1, 2, "v" emit("table.insert(-2^31-1, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^32+1, 2, "v" emit("table.insert(2^32+1, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^53, 2, "v" emit("table.insert(2^53, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 2^63, 2, "v" emit("table.insert(2^63, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 1e300, 2, "v" emit("table.insert(1e300, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = -1e300, 2, "v" emit("table.insert(-1e300, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 255, 2, "v" emit("table.insert(255, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = 256, 2, "v" emit("table.insert(256, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "", 2, "v" emit("table.insert(empty, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "abc", 2, "v" emit("table.insert(abc, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "a\0b", 2, "v" emit("table.insert(nul, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = " 10 ", 2, "v" emit("table.insert(' 10 ', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "0x10", 2, "v" emit("table.insert('0x10', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "1e2", 2, "v" emit("table.insert('1e2', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "-1", 2, "v" emit("table.insert('-1', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "nan", 2, "v" emit("table.insert('nan', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = " inf", 2, "v" emit("table.insert('inf', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "0x", 2, "v" emit("table.insert('0x', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = "2147483648", 2, "v" emit("table.insert('2^31', base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = string.rep("x", 100000), 2, "v" emit("table.insert(huge, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {}, 2, "v" emit("table.insert({}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {1, 2, 3}, 2, "v" emit("table.insert({1,2,3}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__index = function(t, k) return k end}), 2, "v" emit("table.insert({__index}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return "T" end}), 2, "v" emit("table.insert({__tostring}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__tostring = function() return {} end}), 2, "v" emit("table.insert({__tostring bad}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({1, 2}, {__len = function() return 10 end}), 2, "v" emit("table.insert({__len}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__call = function(self, ...) return "called", ... end}), 2, "v" emit("table.insert({__call}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__metatable = "locked"}), 2, "v" emit("table.insert({__metatable}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__eq = function() return true end, __lt = function() return true end, __le = function() return false end, __concat = function() return "cat" end, __unm = function() return 1 end}), 2, "v" emit("table.insert({__eq __lt __concat}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = setmetatable({}, {__index = {1, 2, a = 1}, __newindex = function() error("read-only") end}), 2, "v" emit("table.insert({__index table}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = function() end, 2, "v" emit("table.insert(function, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = math.max, 2, "v" emit("table.insert(C function, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = coroutine.create(function() end), 2, "v" emit("table.insert(thread, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = newproxy(), 2, "v" emit("table.insert(userdata, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = (function() local u = newproxy(true) local mt = getmetatable(u) mt.__tostring = function() return "U" end mt.__index = function() return 1 end return u end)(), 2, "v" emit("table.insert(userdata with metatable, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {3, 1, 2}, 2, "v" emit("table.insert({3,1,2}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {n = 2}, 2, "v" emit("table.insert({n=2}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {1, nil, 3}, 2, "v" emit("table.insert({1,nil,3}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {[1.5] = 1}, 2, "v" emit("table.insert({[1.5]=1}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {"a", "b"}, 2, "v" emit("table.insert({'a','b'}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {[2^31] = 1}, 2, "v" emit("table.insert({[2^31]=1}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
do local a1, a2, a3 = {1, {}}, 2, "v" emit("table.insert({1,{}}, base, base)", pcall(function() return table.insert(a1, a2, a3) end)) emit("  argument 1 after", a1) end
