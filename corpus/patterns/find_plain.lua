-- string.find with plain search and init positions (positive, negative, past the end).
local s = "a.b.c (x) [y] %z"
print(s:find(".", 1, true), s:find("."))
print(s:find("(x)", 1, true), s:find("[y]", 1, true), s:find("%z", 1, true))
print(s:find("b", 3), s:find("b", 4), s:find("b", -14), s:find("c", -1), s:find("z", -1))
print(s:find("a", 0), s:find("a", -100), s:find("a", 100))
print(s:find("", 1), s:find("", 5), s:find("", #s + 1), s:find("", #s + 2))
print(("hello"):find("l"), ("hello"):find("l", 4), ("hello"):find("xyz"))
print(("hello"):find("lo", 1, true), ("hello"):find("hello world", 1, true))
print(string.find("aaa", "aa", 2, true), string.find("a\0b", "\0", 1, true))
print(string.find("x+y", "+", 1, true), string.find("x^y", "^", 1, true))
print(string.find("abc", "b", nil, true), string.find("abc", "b", 1, false))
print(string.find(12345, 34), string.find("12345", 34, 1, true))
return s:find("c", 1, true)
