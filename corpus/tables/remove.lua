-- table.remove takes the last element or one at a position, shifting later ones down.
local t = {"a", "b", "c", "d", "e"}
print(table.remove(t), #t, table.concat(t, ","))
print(table.remove(t, 1), #t, table.concat(t, ","))
print(table.remove(t, 2), #t, table.concat(t, ","))
print(table.remove(t, #t), #t, table.concat(t, ","))
print(table.remove(t), #t)
print(select("#", table.remove(t)), #t)
print(select("#", table.remove({})), select("#", table.remove({}, 1)))
local u = {1, 2, 3}
print(table.remove(u, 5), #u)
print(table.remove(u, 0), #u)
local v = {1, 2, 3}
print(table.remove(v, -1), #v)
print(pcall(table.remove))
print(pcall(table.remove, "x"))
print(pcall(table.remove, {1}, "y"))
local stack = {}
for i = 1, 5 do stack[#stack + 1] = i * 10 end
local popped = {}
while #stack > 0 do popped[#popped + 1] = table.remove(stack) end
print(table.concat(popped, " "))
return #t
