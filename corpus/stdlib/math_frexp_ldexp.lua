-- math.frexp splits into mantissa in [0.5, 1) and exponent; math.ldexp puts them back.
for _, v in ipairs({1, 2, 3, 0.5, 0.1, -8, 1024, 1e10, 1e-10, 0, 2^-1074, 1e308}) do
  local m, e = math.frexp(v)
  print(v, m, e, math.ldexp(m, e) == v)
end
print(math.ldexp(1, 10), math.ldexp(0.75, 4), math.ldexp(1, -1), math.ldexp(3, 0))
print(math.ldexp(1, 1024), math.ldexp(1, -1080), math.ldexp(-1, 1030))
print(math.ldexp(1.5, 2.9))
print(math.frexp(math.huge))
print(pcall(math.ldexp, 1))
print(pcall(math.frexp, "x"))
return math.frexp(12)
