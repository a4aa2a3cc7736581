-- Patterns over longer subjects: backtracking, many matches, and counts.
local s = string.rep("ab", 2000) .. "c"
print(#s, s:find("c"), s:find("abc"), select(2, s:gsub("ab", "")))
print(s:match("(a[^c]*)c"):len())
print(s:find("b*c"), s:find("(ab)*c"))
local digits = string.rep("1234567890", 100)
local sum = 0
for d in digits:gmatch("%d") do sum = sum + d end
print(sum)
print(select(2, digits:gsub("%d%d%d", "")), (digits:gsub("0", "")):len())
local words = {}
for i = 1, 300 do words[i] = "w" .. i end
local text = table.concat(words, " ")
local count = select(2, text:gsub("%f[%w]w%d+", ""))
print(count, text:match("w299 (%w+)"))
print(("x"):rep(100):find(("x"):rep(50) .. "y"))
return count
