-- Greedy *, +, ? and lazy - on single characters, classes and sets.
local s = "aaab<tag>x</tag><b>y</b>"
print(s:match("a*"), s:match("a+"), s:match("a-"), s:match("a?"), s:match("a-b"))
print(s:match("<.*>"), s:match("<.->"), s:match("<(%w*)>"), s:match("</?(%w+)>"))
print(("xyz"):match("a*"), ("xyz"):match("a+"), ("xyz"):match("x?y"), ("yz"):match("x?y"))
print(("12345abc"):match("%d+"), ("12345abc"):match("%d-"), ("12345abc"):match("%d-a"))
print(("[[x]]"):match("%[(.*)%]"), ("[[x]]"):match("%[(.-)%]"))
print(("ab"):match("a?b?c?"), ("color colour"):gsub("colou?r", "C"))
print(("aaa"):gsub("a*", "-"), ("aaa"):gsub("a-", "-"), ("aaa"):gsub("a?", "-"))
print(("  x  y  "):gsub("%s+", " "), ("a,b,,c"):gsub(",+", ";"))
print(("abc"):match("^(.-)b"), ("abcabc"):match("(.*)b"), ("abcabc"):match("(.-)b"))
print(("1.5e10"):match("^[+-]?%d+%.?%d*[eE]?[+-]?%d*$"))
print(("*"):match("%*+"), ("a+b"):match("a%+b"), ("a?"):match("a%?"))
return ("aaab"):match("(a+)(b)")
