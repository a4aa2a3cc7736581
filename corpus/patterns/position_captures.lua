-- Position captures () return indices, not text.
print(("hello"):match("()ll()"))
print(("hello"):find("()l"))
print(("abc"):gsub("()", "%1"))
for start, word, stop in ("ab  cd e"):gmatch("()(%a+)()") do print(start, word, stop) end
print(("aaa"):match("()a*()"))
print(("xyz"):match("x()y()z()"))
print(type(("x"):match("()")), ("x"):match("()", 2))
local t = {("one two three"):match("()%a+() ()%a+() ()%a+()")}
print(#t, table.concat(t, ","))
return ("abc"):match("b()")
