-- Strings are byte strings: zero bytes are ordinary characters everywhere.
local s = "a\0b\0c"
print(#s, s:len(), s:byte(1, -1))
print(s:upper():byte(1, -1))
print(s:rep(2):byte(1, -1))
print(s:reverse():byte(1, -1))
print(s:sub(2, 2) == "\0", s:sub(3) == "b\0c")
print(("\0"):rep(3) == "\0\0\0", "\0" < "\1", "a\0" > "a", "a\0a" < "a\0b")
print(("x\0y" .. "\0z"):byte(1, -1))
local t = {}
t["k\0one"] = 1
t["k\0two"] = 2
print(t["k\0one"], t["k\0two"], t["k"])
print(string.format("%q", s))
print(tostring(s) == s, #tostring(s))
local zeros = string.char(0, 0, 0, 0)
print(#zeros, zeros == "\0\0\0\0", #(zeros .. zeros))
return #s
