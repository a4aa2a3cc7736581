-- table.maxn: the largest positive numeric key, found by a full traversal.
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({1, nil, 3}))
print(table.maxn({[10] = 1, [2] = 2}), table.maxn({[1.5] = 1}), table.maxn({[-5] = 1}))
print(table.maxn({x = 1, y = 2}), table.maxn({[1e10] = true, 5}))
local t = {1, 2, 3}
t[100] = 100
t[3] = nil
print(#t >= 2, table.maxn(t))
print(table.maxn({[0] = 1}), table.maxn({[math.huge] = 1}))
print(pcall(table.maxn))
print(pcall(table.maxn, 5))
return table.maxn({[7] = 7})
