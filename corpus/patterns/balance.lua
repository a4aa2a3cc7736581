-- %bxy matches a balanced run from x to the matching y.
local s = "f(a, g(b, c), (d)) + h(e)"
print(s:match("%b()"), s:find("%b()"))
for m in s:gmatch("%b()") do print("group", m) end
print(("{a{b}c}d}"):match("%b{}"), ("no close (here"):match("%b()"))
print(('say "hi" and "bye"'):match('%b""'), ("[[x][y]]"):match("%b[]"))
print(("((()"):match("%b()"), ("())"):match("%b()"), (")("):match("%b()"))
print(("<<a>b>"):gsub("%b<>", "TAG"))
print(("if (x) then (y) end"):gsub("%b()", function(g) return g:upper() end))
print(("abba"):match("%bab"), ("aabb"):match("%bab"), ("xx"):match("%bxx"))
print(pcall(string.match, "abc", "%b"))
print(pcall(string.match, "abc", "%ba"))
return s:match("g(%b())")
