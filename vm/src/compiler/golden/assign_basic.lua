local a, b, c = 1, 2
a, b = b, a
x, y, z = 1
local t = {}
t.x, t.y = 1, 2
t[a], a = a, t[a]
local d = nil
local e, f
g = nil
