-- Length of strings: # and string.len count bytes, including zeros.
print(#"", #"a", #"hello", #"\0", #"a\0b\0c")
print(string.len(""), string.len("hello"), string.len("\0\0\0"))
print(("abc"):len(), string.len(12345), string.len(1.5))
local s = string.rep("xy", 1000)
print(#s, s:len())
print(#"\n\t\r", #[[
ab]], #"\255\254")
print(pcall(string.len))
print(pcall(string.len, nil))
print(pcall(string.len, {}))
print(pcall(function() return #nil end))
print(pcall(function() local n = 5 return #n end))
return #"four"
