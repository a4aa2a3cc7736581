-- Multiple assignment involving upvalues, locals and fields evaluates all values first.
local a, b = 1, 2
local function swap() a, b = b, a end
swap()
print(a, b)
local t = {1, 2}
local i = 1
i, t[i] = i + 1, "assigned"
print(i, t[1], t[2])
local x, y, z = 1
print(x, y, z)
local p, q = (function() return "r1", "r2", "r3" end)()
print(p, q)
local function rotate() a, b, i = i, a, b end
rotate()
print(a, b, i)
local counter = 0
local function bump() counter = counter + 1 return counter end
local r1, r2, r3 = bump(), bump(), bump()
print(r1, r2, r3, counter)
return a, b
