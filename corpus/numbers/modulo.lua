-- a % b == a - floor(a/b)*b: the sign follows the divisor.
local values = {5.5, 5, -5, 3, -3, 0, 0.25, 1e10}
local divisors = {3, -3, 2.5, -0.75, 1}
for _, a in ipairs(values) do
  local row = {}
  for _, b in ipairs(divisors) do row[#row + 1] = tostring(a % b) end
  print(a, table.concat(row, " "))
end
print(5 % 0, -5 % 0, 0 % 0)
print(5 % math.huge, -5 % math.huge, 5 % -math.huge)
print(math.huge % 2, -math.huge % 2)
print(5.3 % 1, -5.3 % 1, 2^53 % 2, (2^53 + 2) % 3)
print("7" % 4, 7 % "4", "7" % "4")
return 7 % 3, -7 % 3, 7 % -3, -7 % -3
