-- table.insert appends or inserts at a position, shifting later elements up.
local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "first")
table.insert(t, 2, "second")
table.insert(t, #t + 1, "last")
print(#t, table.concat(t, ","))
table.insert(t, 3, 99)
print(#t, table.concat(t, ","))
local g = {1, 2, 3}
table.insert(g, 10, "far")
print(#g, g[10], table.maxn(g))
local z = {1, 2}
table.insert(z, 0, "zero")
print(#z, z[0], z[1], z[2])
local neg = {1, 2}
table.insert(neg, -1, "negative")
print(neg[-1], #neg)
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, {}, "x", 1))
local nils = {}
table.insert(nils, nil)
print(#nils)
return table.concat(t, "")
