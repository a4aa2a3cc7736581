-- Table access: array writes and reads, string-keyed fields, # and ipairs.
local t = {}
for i = 1, 500000 do t[i] = i * 2 end
local sum = 0
for r = 1, 4 do for i = 1, #t do sum = sum + t[i] end end
local h = {}
for i = 1, 100000 do h["k" .. (i % 1000)] = i end
local p = {x = 1, y = 2, z = 3}
for i = 1, 1000000 do p.x = p.x + p.y; p.z = p.x - p.z end
for _, v in ipairs(t) do sum = sum + v end
print(sum, p.x, p.z, h.k1)
