-- The shared string metatable: replacing its __index changes every string's methods.
local mt = getmetatable("")
local original = mt.__index
print(("abc"):upper(), ("abc").len == string.len)
mt.__index = function(s, key)
  if type(key) == "number" then return string.sub(s, key, key) end
  return original[key]
end
local s = "hello"
print(s[1], s[5], s[6] == "", s:upper())
mt.__index = original
print(s[1], s:len())
print(pcall(setmetatable, "abc", {}))
local ok, err = pcall(function() local x = ("abc").nope.deeper end)
print(ok, err)
print(pcall(function() local n = 5 return n.field end))
print(pcall(function() local b = true return b.field end))
print(pcall(function() local f = print return f.field end))
return s:upper()
