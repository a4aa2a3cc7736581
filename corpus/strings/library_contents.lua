-- The names in the string library of Lua 5.1 (sorted, so the order is fixed).
local names = {}
for k, v in pairs(string) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(#names)
for _, n in ipairs(names) do print(n) end
print(string.gfind == nil or type(string.gfind))
