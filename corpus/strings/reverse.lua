-- string.reverse reverses bytes.
print(string.reverse("hello"), string.reverse(""), string.reverse("a"))
print(("abc\0def"):reverse():byte(1, -1))
print(string.reverse(12345), string.reverse(1.5))
local words = {"level", "lua", "racecar", "abba", "abc"}
for _, w in ipairs(words) do print(w, w:reverse(), w == w:reverse()) end
local long = string.rep("ab", 500)
print(long:reverse():sub(1, 6), #long:reverse())
print(pcall(string.reverse))
print(pcall(string.reverse, {}))
return ("xyz"):reverse()
