-- Integer division and rounding idioms built from floor, ceil and %.
local function idiv(a, b) return math.floor(a / b) end
local function round(x) return math.floor(x + 0.5) end
local function trunc(x) if x >= 0 then return math.floor(x) else return math.ceil(x) end end
for _, a in ipairs({7, -7, 7.5, -7.5, 0, 1e15 + 0.5}) do
  print(a, idiv(a, 2), a % 2, round(a), trunc(a), math.fmod(a, 2))
end
local digits = {}
local n = 9876543210
while n > 0 do
  digits[#digits + 1] = n % 10
  n = idiv(n, 10)
end
print(table.concat(digits))
local bin, v = {}, 37
while v > 0 do table.insert(bin, 1, v % 2); v = idiv(v, 2) end
print(table.concat(bin))
return idiv(17, 5), 17 % 5
