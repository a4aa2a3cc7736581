-- %d and %i: widths, flags, precision, negative values and fractional arguments.
local f = string.format
print(f("%d|%i|%d|%d", 42, -42, 0, 3.99))
print(f("%d", -3.99), f("%d", 2^31), f("%d", -2^31), f("%d", 2^53))
print(f("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d]", 42, 42, 42, 42, 42, -42, 42))
print(f("[%.3d][%8.3d][%-8.3d][%08d][%.0d]", 7, 7, -7, -7, 0))
print(f("[%i][%5i][%-5i|]", 1, 22, 333))
print(f("%d", "12"), f("%d", " 0x10 "), f("%d", "1e3"))
print(f("%d %d %d", 1, 2, 3, 4))
print(pcall(f, "%d", "x"))
print(pcall(f, "%d", nil))
print(pcall(f, "%d"))
print(pcall(f, "%d %d", 1))
return f("%03d", 7)
