-- %o, %u, %x, %X with the # flag, widths and precision.
local f = string.format
print(f("%o %u %x %X", 8, 8, 255, 255))
print(f("%#o %#x %#X", 8, 255, 255), f("%#x", 0), f("%#o", 0))
print(f("[%8x][%-8X][%08x][%.4x][%#10x]", 48879, 48879, 48879, 10, 10))
print(f("%x", 2^32), f("%X", 2^40 + 10), f("%o", 4095), f("%u", 3000000000))
print(f("%x", "255"), f("%x", 15.9))
print(f("%x %x %x", 0, 1, 16))
for i = 0, 20, 5 do print(i, f("%2d=%02x=%03o", i, i, i)) end
return f("%x", 3054)
