-- Numeric conversions accept numeric strings; string conversions accept numbers.
local f = string.format
print(f("%d %x %o", "42", "255", "8"))
print(f("%.2f %e %g", "3.14159", "1e3", "0x10"))
print(f("%s %s", 42, 0.1), f("%5s|", 7))
print(f("%d", " 42 "), f("%d", "-7.9"), f("%c", "72"))
print(pcall(f, "%d", "42x"))
print(pcall(f, "%f", "abc"))
print(pcall(f, "%x", {}))
print(pcall(f, "%g", true))
return f("%d", "8")
