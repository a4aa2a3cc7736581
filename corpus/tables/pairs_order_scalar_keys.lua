-- Traversal order for string, number and boolean keys follows the 5.1 hash layout.
local t = {alpha = 1, beta = 2, gamma = 3, delta = 4, epsilon = 5}
for k, v in pairs(t) do print(k, v) end
local mixed = {10, 20, 30, x = "x", y = "y", [100] = "hundred", [2.5] = "float", [true] = "t"}
for k, v in pairs(mixed) do print(type(k), k, v) end
local grown = {}
for i = 1, 12 do grown["k" .. i] = i end
local order = {}
for k in pairs(grown) do order[#order + 1] = k end
print(table.concat(order, " "))
local sparse = {}
for _, n in ipairs({7, 3, 100, 42, -1, 0, 1e9}) do sparse[n] = true end
order = {}
for k in pairs(sparse) do order[#order + 1] = k end
print(table.concat(order, " "))
