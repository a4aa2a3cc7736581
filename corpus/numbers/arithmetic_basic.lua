-- The four arithmetic operators on integers and fractions; results printed with %.14g.
local pairs_to_try = {
  {7, 2}, {-7, 2}, {7, -2}, {0.5, 0.25}, {1e15, 3}, {2^53, 1}, {-1.5, 1.5}, {1, 3}, {10, 0.1},
}
for _, p in ipairs(pairs_to_try) do
  local a, b = p[1], p[2]
  print(a, b, a + b, a - b, a * b, a / b)
end
local x = 10
x = x + 1; x = x * 2; x = x - 3; x = x / 2
print(x)
print(3 * 1/3, 0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 - 0.9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(100000000000000, 100000000000000 * 10, 99999999999999.9)
print(2^31, 2^32, 2^63, -2^63, 2^64)
return 1 + 1, 7 / 2, -7 / 2
