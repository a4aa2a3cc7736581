-- ^ anchors only at the start of a pattern, $ only at the end; elsewhere they are literal.
local s = "^start middle$ end"
print(s:find("^%^"), s:find("^start"), s:find("start"), s:find("^middle"))
print(s:find("end$"), s:find("middle%$"), s:find("middle$"), s:find("$ end"))
print(("abc"):match("^(a)"), ("abc"):match("^(b)"), ("abc"):match("(c)$"), ("abc"):match("(b)$"))
print(("a^b"):find("a^b"), ("a$b"):find("a$b"))
print(("xyz"):find("^", 2), ("xyz"):find("$"), ("xyz"):find("^$"), (""):find("^$"))
print(("hello"):gsub("^h", "H"), ("hello"):gsub("o$", "O"), ("aaa"):gsub("^a", "b"))
print(("line1\nline2"):match("^(.-)\n"), ("x"):match("^x$"), ("xx"):match("^x$"))
local count = 0
for m in ("^a^a"):gmatch("^a") do count = count + 1 end
print("gmatch treats ^ literally:", count)
print(("abc"):find("b", 2), ("abc"):find("^b", 2), ("abc"):find("^b", 3))
return ("anchored"):match("^(%a+)$")
