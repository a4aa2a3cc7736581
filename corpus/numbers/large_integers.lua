-- Doubles represent integers exactly up to 2^53.
local big = 2^53
print(big, big + 1, big + 2, big - 1)
print(big + 1 == big, big + 2 == big)
print(string.format("%.0f", big + 1), string.format("%.0f", big + 2))
print(2^31 - 1, 2^31, -2^31, 2^32 - 1, 2^32 + 1)
print(4294967295 * 4294967295)
print(123456789 * 987654321, 12345678901234 * 10)
local f = 1
for i = 1, 25 do f = f * i end
print(f, string.format("%.0f", f))
print(math.floor(2^52 + 0.5), 2^52 + 0.5)
print(9007199254740993, 9007199254740993 == 2^53)
return big, -big
