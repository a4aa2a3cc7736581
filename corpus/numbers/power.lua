-- Exponentiation: integer and fractional exponents, negative bases, zero and infinity.
print(2 ^ 10, 2 ^ 0.5, 2 ^ -2, 10 ^ 15, 10 ^ 16, 10 ^ -3)
print(0 ^ 0, 0 ^ 1, 0 ^ -1, 1 ^ math.huge, (-1) ^ 2, (-1) ^ 3)
print((-8) ^ (1/3) ~= (-8) ^ (1/3), (-2) ^ 0.5 ~= (-2) ^ 0.5)
print(math.huge ^ 0, math.huge ^ -1, (-math.huge) ^ 3, (-math.huge) ^ 2)
print(2 ^ 1023 * 2, 2 ^ 1024, 2 ^ -1074, 2 ^ -1075)
print(4 ^ 0.5, 27 ^ (1/3), 1e2 ^ 2)
print("2" ^ 3, 2 ^ "3", "2" ^ "0.5")
local x = 3
x = x ^ 2 ^ 0.5
print(x)
return 3 ^ 2, 2 ^ -1
