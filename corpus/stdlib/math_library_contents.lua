-- The math library of Lua 5.1 by name, including the old math.mod alias.
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(#names)
print(table.concat(names, " "))
print(math.mod and math.mod(7, 3), math.mod and math.mod(-7, 3))
print(math.tointeger, math.type, math.maxinteger, math.ult)
