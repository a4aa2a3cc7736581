-- Floating-point accumulation; %.17g shows what %.14g hides.
local s = 0
for i = 1, 10 do s = s + 0.1 end
print(s, s == 1, string.format("%.17g", s))
local third = 1 / 3
print(third * 3 == 1, string.format("%.17g", third))
print(0.1 + 0.7, string.format("%.17g", 0.1 + 0.7), (0.1 + 0.7) * 10)
print(math.floor((0.1 + 0.7) * 10))
print(1e16 + 1 == 1e16, 1e15 + 1 == 1e15)
local total = 0
for i = 1, 1000 do total = total + i / 7 end
print(total, string.format("%.10f", total))
local h = 0
for i = 1, 100 do h = h + 1 / i end
print(h)
print(100 * 1.1, 3 * 1.1, 1.1 + 2.2)
return s
