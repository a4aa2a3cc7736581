-- %c turns a number into the byte with that value.
local f = string.format
print(f("%c%c%c", 76, 117, 97))
print(f("[%5c][%-5c]", 65, 66))
print(#f("%c", 0), f("%c", 0):byte(), f("a%cb", 0):byte(1, -1))
print(f("%c", 255):byte(), f("%c", "65"), f("%c", 65.7))
print(pcall(f, "%c", "x"))
print(pcall(f, "%c"))
return f("%c", 33)
