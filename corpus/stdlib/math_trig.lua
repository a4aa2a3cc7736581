-- Trigonometric and hyperbolic functions, and degree/radian conversion.
local function r(x) return string.format("%.10f", x) end
for _, deg in ipairs({0, 30, 45, 60, 90, 180, 270, 360}) do
  local rad = math.rad(deg)
  print(deg, r(rad), r(math.sin(rad)), r(math.cos(rad)), math.deg(rad))
end
print(math.sin(0), math.cos(0), math.tan(0), math.tan(math.pi / 4))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.acos(1)))
print(r(math.atan2(1, 1)), r(math.atan2(1, -1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)))
print(math.atan2(0, 0), math.atan2(1, 0) == math.pi / 2)
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)), math.tanh(100), math.sinh(0))
print(math.asin(2) ~= math.asin(2), math.acos(-2) ~= math.acos(-2))
print(math.sin(math.huge) ~= math.sin(math.huge))
print(math.deg(math.pi), math.rad(180) == math.pi)
print(math.sin(1), math.cos(1), math.tan(1))
print(pcall(math.sin))
print(pcall(math.atan2, 1))
return math.deg(math.atan(1))
