-- The table library of Lua 5.1, by name (sorted for a stable order).
local names = {}
for name, value in pairs(table) do names[#names + 1] = name .. ":" .. type(value) end
table.sort(names)
print(#names, table.concat(names, " "))
print(type(unpack), type(table.unpack), type(table.pack))
