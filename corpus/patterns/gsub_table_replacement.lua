-- gsub with a table: the first capture (or the whole match) is the key; nil/false keep the match.
local vars = {name = "Lua", version = 5.1, off = false, zero = 0}
print(("$name $version $missing $off $zero"):gsub("%$(%w+)", vars))
print(("hello world"):gsub("%w+", {hello = "HI"}))
print(("a b c"):gsub("%a", {a = 1, b = true and "B"}))
local numbered = {"one", "two", "three"}
print(("1 2 3 4"):gsub("%d", numbered))
print(("1 2 3"):gsub("%d", function(d) return numbered[tonumber(d)] end))
local counted = setmetatable({}, {__index = function(t, k) return "<" .. k .. ">" end})
print(("x y"):gsub("%a", counted))
print(pcall(string.gsub, "abc", "%w", {a = {}}))
print(pcall(string.gsub, "abc", "%w", {a = true}))
print(("key=v"):gsub("(%w+)=(%w+)", {key = "K"}))
return ("$x"):gsub("%$(%w)", {x = "y"})
