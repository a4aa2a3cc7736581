-- table.sort with and without a comparator (natives calling back into Lua).
math.randomseed(7)
local t = {}
for i = 1, 100000 do t[i] = math.random(1, 1000000) end
local u = {}
for i = 1, #t do u[i] = t[i] end
table.sort(t)
table.sort(u, function(a, b) return a > b end)
print(t[1], t[#t], u[1], u[#u])
