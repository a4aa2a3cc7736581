-- Lua 5.1 keeps table.getn (same as #) while table.setn is obsolete and raises an error.
local t = {1, 2, 3}
print(table.getn(t), table.getn({}), table.getn({n = 5}))
print(pcall(table.setn, t, 10))
print(pcall(table.getn))
print(pcall(table.getn, "abc"))
print(type(table.getn), type(table.setn))
t[#t + 1] = 4
print(table.getn(t))
return table.getn(t)
