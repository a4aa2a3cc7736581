-- %f[set] matches the empty transition from a character not in set to one in set.
local s = "THE (quick) fox, the_end THEN"
print(s:find("%f[%a]%a+"), s:match("%f[%a]%a+%f[%A]"))
for w in s:gmatch("%f[%w_][%w_]+%f[^%w_]") do print("word", w) end
print(s:gsub("%f[%w]THE%f[%W]", "A"))
print(("hello"):find("%f[%a]"), ("hello"):find("%f[%A]"), ("hello"):find("%f[%z]"))
print(("aaa bbb"):gsub("%f[%l]", "<"), ("aaa bbb"):gsub("%f[%L]", ">"))
print(("123abc456"):gsub("%f[%d]%d+", "N"))
print(("x"):find("%f[x]"), ("x"):find("%f[^x]"), (""):find("%f[%z]"))
print(pcall(string.find, "abc", "%f"))
print(pcall(string.find, "abc", "%fa"))
return ("one two"):gsub("%f[%w]%w", string.upper)
