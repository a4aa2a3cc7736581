-- Any value except nil and NaN can be a key; tables and functions key by identity.
local t = {}
local k1, k2 = {}, {}
t[k1] = "first table"
t[k2] = "second table"
t[print] = "print function"
t[true] = "true"
t[false] = "false"
print(t[k1], t[k2], t[print], t[true], t[false], t[{}])
print(pcall(function() t[nil] = 1 end))
print(t[nil])
print(pcall(rawset, t, nil, 1))
local count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
t[k1] = nil
count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
local co = coroutine.create(function() end)
t[co] = "coroutine"
print(t[co])
local set = {}
for _, v in ipairs({"a", "b", "a", "c", "b"}) do set[v] = (set[v] or 0) + 1 end
print(set.a, set.b, set.c)
return t[true]
