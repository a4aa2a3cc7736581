-- math.fmod keeps the sign of the dividend (unlike %); math.modf splits integer and fraction.
local pairs_list = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {5.5, 2}, {-5.5, 2}, {1, 0.3}, {0, 5}, {1e15, 7}}
for _, p in ipairs(pairs_list) do
  local a, b = p[1], p[2]
  print(a, b, math.fmod(a, b), a % b)
end
print(math.fmod(5, math.huge), math.fmod(-5, math.huge))
print(math.fmod(1, 0) ~= math.fmod(1, 0), math.fmod(math.huge, 1) ~= math.fmod(math.huge, 1))
for _, v in ipairs({3.7, -3.7, 5, -5, 0.5, -0.5, 1e100, 2^53 + 1}) do
  print(v, math.modf(v))
end
print(math.modf(math.huge))
print(math.modf(-math.huge))
print(pcall(math.fmod, 1))
print(pcall(math.modf))
return math.fmod(-7, 3), math.modf(-7.25)
