-- table.sort errors: incomparable values, failing comparators, bad arguments.
print(pcall(table.sort, {3, "a", 1}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, nil, 3}))
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("comparator failed") end))
print(pcall(table.sort, {3, 2, 1}, function(a, b) return a.x < b end))
print(pcall(table.sort, {3, 2, 1}, "not a function"))
print(pcall(table.sort))
print(pcall(table.sort, "abc"))
local always = {}
for i = 1, 10 do always[i] = 10 - i end
print(pcall(table.sort, always, function(a, b) return true end))
local tricky = {5, 5, 5, 5, 5, 5}
print(pcall(table.sort, tricky, function(a, b) return a <= b end))
local withmeta = {}
local mt = {__lt = function(a, b) return a.v < b.v end}
for i, v in ipairs({3, 1, 2}) do withmeta[i] = setmetatable({v = v}, mt) end
table.sort(withmeta)
print(withmeta[1].v, withmeta[2].v, withmeta[3].v)
