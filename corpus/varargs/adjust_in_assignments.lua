-- Assignment lists adjust values: extra values are dropped, missing ones become nil.
local function three() return 1, 2, 3 end
local a, b, c, d = three()
print(a, b, c, d)
a, b, c, d = three(), 10
print(a, b, c, d)
a, b, c, d = 0, three()
print(a, b, c, d)
a, b = (three())
print(a, b)
local x, y = 1, 2, 3, 4
print(x, y)
local p, q, r
print(p, q, r)
local t = {}
t.a, t.b, t.c = three()
print(t.a, t.b, t.c)
local i = 1
local list = {}
i, list[i] = i + 1, "value"
print(i, list[1], list[2])
local evaluated = {}
local function mark(n) evaluated[#evaluated + 1] = n return n end
local m1, m2 = mark(1), mark(2), mark(3)
print(m1, m2, table.concat(evaluated, ","))
return a, b
