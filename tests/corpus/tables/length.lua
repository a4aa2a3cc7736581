local t = {}
for i = 1, 100 do t[i] = i * i end
t[50] = nil
local sum = 0
for _, v in ipairs(t) do sum = sum + v end
return #"abc", sum, table.concat({ 1, 2, 3 }, "-"), select("#", unpack({ 1, 2, 3 }))
