-- tonumber on strings without a base: decimal, hexadecimal, exponent, spaces.
local inputs = {
  "10", "  10  ", "-10", "+10", "10.5", ".5", "5.", "1e3", "1E-3", "0x10", "0XA", "-0x10",
  "0x", "x10", "10x", "", " ", "1 0", "1e", "e1", "inf", "nan", "1e400", "-1e400",
  "0x7fffffff", "0xffffffffffff", "00010", "1.5e+2", "\n12\n", "12\0", "1__0",
}
for i, s in ipairs(inputs) do
  print(i, string.format("%q", s), tonumber(s))
end
print(tonumber(10), tonumber(-0.5), tonumber(nil), tonumber(true), tonumber({}) )
