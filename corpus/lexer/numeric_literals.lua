-- Numeric literals: decimal, fractional, exponent and hexadecimal forms.
local values = {
  3, 345, 0.5, .5, 3., 3.0, 1e2, 1E2, 1e+2, 1e-2, .5e1, 5.e-1,
  0x10, 0xff, 0XFF, 0xA, 0x0, 0x7fffffff, 0xffffffff, 0x100000000,
  1e308, 1e-308, 2.5e-320, 123456789012345, 1234567890123456789,
  0.1, 1/3, 100, 1e15, 1e16, 1e100, 0.000001, 0.0000001,
}
for i, v in ipairs(values) do
  print(i, v, type(v))
end
print(0x10 + 1, 0xff * 2, 1e2 == 100, 0xA == 10)
print(- 0x10, -1e2, - .5)
return 0x20, 2e3, .25
