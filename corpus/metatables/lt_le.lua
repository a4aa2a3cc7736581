-- __lt and __le; without __le, a <= b is computed as not (b < a) using __lt.
local log = {}
local function obj(v, mt) return setmetatable({v = v}, mt) end
local both = {
  __lt = function(a, b) log[#log + 1] = "lt" return a.v < b.v end,
  __le = function(a, b) log[#log + 1] = "le" return a.v <= b.v end,
}
local only_lt = {__lt = function(a, b) log[#log + 1] = "lt" return a.v < b.v end}
local x, y = obj(1, both), obj(2, both)
print(x < y, x <= y, x > y, x >= y, y < x, y <= x)
print(table.concat(log, " "))
log = {}
local p, q = obj(1, only_lt), obj(2, only_lt)
print(p < q, p <= q, p > q, p >= q, q <= q)
print(table.concat(log, " "))
print(pcall(function() return x < p end))
print(pcall(function() return x < 1 end))
print(pcall(function() return 1 <= x end))
print(pcall(function() return {} < {} end))
local nonbool = setmetatable({}, {__lt = function() return 0 end, __le = function() return nil end})
local nonbool2 = setmetatable({}, getmetatable(nonbool))
print(nonbool < nonbool2, nonbool <= nonbool2)
local items = {obj(3, both), obj(1, both), obj(2, both)}
table.sort(items)
print(items[1].v, items[2].v, items[3].v)
return x < y
