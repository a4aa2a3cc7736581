-- next and pairs: integer keys in the array part come in order; removal during traversal.
local t = {}
for i = 1, 8 do t[i] = i * i end
local ks = {}
for k, v in pairs(t) do ks[#ks + 1] = k .. "=" .. v end
print(table.concat(ks, " "))
print(next({}), next({}, nil), next({5}))
print(next(t, 8), next(t, 7))
print(pcall(next, t, "no such key"))
print(pcall(next, t, 100))
print(pcall(next))
print(pcall(next, nil))
print(pcall(pairs, nil))
local f, s, init = pairs(t)
print(f == next, s == t, init)
-- clearing fields while traversing is allowed
local count = 0
for k in pairs(t) do t[k] = nil; count = count + 1 end
print(count, next(t))
local one = {x = 1}
local k, v = next(one)
print(k, v, next(one, k))
return count
