-- %1..%9 inside a pattern match the text of an earlier capture.
print(('say "hello" and \'bye\''):match("([\"'])(.-)%1"))
for q, body in ([[a='x' b="y" c='z"']]):gmatch("([\"'])(.-)%1") do print(q, body) end
print(("abcabc"):match("(abc)%1"), ("abcabd"):match("(abc)%1"))
print(("aa bb cd ee"):gsub("(%a)%1", "<%1%1>"))
print(("xyzxyz-xyz"):find("(x(y)z)%1%-%1"), ("hello"):match("(l)%1"))
print(("[==[ long ]==]"):match("%[(=*)%[(.-)%]%1%]"))
print(("1 == 1, 2 == 3"):gsub("(%d) == %1", "same"))
print(("abab"):match("((a)b)%2"), ("abaa"):match("((a)b)%2"))
print(pcall(string.match, "aa", "%1"))
print(pcall(string.match, "aa", "(a)%2"))
print(pcall(string.match, "aa", "(a%1)"))
return ("xx"):match("(x)%1")
