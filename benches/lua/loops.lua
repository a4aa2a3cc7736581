-- Numeric for loops and arithmetic on locals.
local s = 0
for i = 1, 5000000 do s = s + i % 7 * 2 - 1 end
local x = 1.0
for i = 1, 2000000 do x = x * 1.0000001 + 0.5 / i end
print(s, x)
