-- unpack(t, i, j) returns t[i]..t[j]; i defaults to 1 and j to #t.
local t = {"a", "b", "c", "d"}
print(unpack(t))
print(unpack(t, 2))
print(unpack(t, 2, 3))
print(unpack(t, 3, 2))
print(unpack(t, -1, 1))
print(unpack(t, 4, 6))
print(select("#", unpack(t, 1, 0)), select("#", unpack({})), select("#", unpack(t, 5)))
print(unpack({1, nil, 3}, 1, 3))
print(select("#", unpack({n = 3}, 1, 3)))
print(unpack({[0] = "zero"}, 0, 0))
print(unpack(t, "2", "3"))
print(pcall(unpack))
print(pcall(unpack, "abc"))
print(pcall(unpack, {}, 1, 1e8))
local many = {}
for i = 1, 200 do many[i] = i end
print(select("#", unpack(many)), (select(200, unpack(many))))
print(table.unpack == nil)
return unpack(t, 2, 3)
