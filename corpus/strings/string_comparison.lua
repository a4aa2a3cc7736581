-- Strings compare byte by byte; a proper prefix sorts first.
local words = {"banana", "apple", "Apple", "cherry", "", "a", "apple pie", "Banana", "123", "_x", "~"}
table.sort(words)
for i, w in ipairs(words) do print(i, "[" .. w .. "]") end
print("a" < "b", "a" <= "a", "b" > "a", "B" < "a", "abc" < "abd", "ab" < "abc")
print("" < "\0", "\0" < "\0\0", "\255" > "\127", "z" < "\128")
print("10" < "2", "10" == "10", "10" ~= "10.0")
local a = "con" .. "cat"
print(a == "concat", rawequal(a, "concat"))
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} <= "a" end))
return "x" < "y"
