-- string.upper and string.lower change ASCII letters only (C locale).
print(string.upper("hello World 123!"), string.lower("HELLO World 123!"))
print(("MiXeD"):upper(), ("MiXeD"):lower())
print(string.upper(""), string.lower(""))
print(string.upper("a\0b"):byte(1, -1))
local high = string.char(192, 224, 255, 181)
print(string.upper(high) == high, string.lower(high) == high)
local letters = {}
for c = 32, 126 do letters[#letters + 1] = string.char(c) end
local printable = table.concat(letters)
print(printable:upper())
print(printable:lower())
print(string.upper(123), string.lower(1e10))
print(pcall(string.upper))
print(pcall(string.lower, true))
return ("abc"):upper()
