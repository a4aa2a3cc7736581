-- Strings share a metatable whose __index is the string table, so methods work on values.
print(("x"):rep(3), ("abc"):upper(), ("%d"):format(7))
local s = "hello"
print(s:len(), s:sub(2, 3), s:byte(1), s:upper():lower())
local mt = getmetatable("")
print(type(mt), mt.__index == string, getmetatable("other") == mt)
print(rawequal(getmetatable(s), mt))
print(("abc").len == string.len, ("abc")[1], ("abc").nothing)
function string.shout(str) return str:upper() .. "!" end
print(("hey"):shout(), s:shout())
string.shout = nil
print(pcall(function() return s:shout() end))
print(pcall(function() return ("x"):nope() end))
print(pcall(function() local n = 5 return n:rep(2) end))
print(#s, s .. s)
local t = setmetatable({}, {__index = string})
print(t.upper("via table"))
return ("end"):rep(2)
