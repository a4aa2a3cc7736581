-- string.char builds strings from byte values.
print(string.char(72, 105, 33))
print(#string.char(), string.char() == "")
print(#string.char(0, 0, 0), string.char(0, 65, 0):byte(1, -1))
print(string.char(255):byte(), string.char(128, 129):byte(1, 2))
print(string.char("65", 66.0, 67.9))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
print(#s, s:byte(1), s:byte(256), s:sub(66, 70))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, "x"))
print(pcall(string.char, 65, nil))
print(pcall(string.char, {}))
return string.char(111, 107)
