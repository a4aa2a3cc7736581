-- Numeric for loops with fractional steps, negative steps and float limits.
local function collect(a, b, c)
  local out = {}
  if c then
    for i = a, b, c do out[#out + 1] = i end
  else
    for i = a, b do out[#out + 1] = i end
  end
  return #out .. ": " .. table.concat(out, " ")
end
print(collect(0, 1, 0.1))
print(collect(1, 0, -0.25))
print(collect(1, 3))
print(collect(3, 1))
print(collect(1, 3.5))
print(collect(0.5, 3))
print(collect(1, 10, 3))
print(collect(10, 1, -3))
print(collect(0, 1, 0.3))
print(collect(1, 1))
print(collect(1, 0))
print(collect(-1, -3, -1))
print(collect(1, 2, math.huge))
print(collect(2^53 - 4, 2^53 - 2))
print(collect("1", "3", "1"))
print(collect(0, 0.3, 0.1))
-- changing the control variable does not change the iteration
local seen = {}
for i = 1, 5 do
  seen[#seen + 1] = i
  i = i * 10
end
print(table.concat(seen, ","))
local n = 0
for i = 1, math.huge do n = n + 1; if n == 7 then break end end
print(n)
return collect(5, 1, -2)
