-- table.sort with the default order and with comparators.
local nums = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "))
local words = {"pear", "apple", "fig", "banana", "kiwi", "Apple", "cherry"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(words, " "))
local records = {{name = "c", age = 30}, {name = "a", age = 25}, {name = "b", age = 35}}
table.sort(records, function(x, y) return x.age < y.age end)
for _, r in ipairs(records) do print(r.name, r.age) end
local floats = {0.5, -1, 1e10, -math.huge, math.huge, 0, -0.25}
table.sort(floats)
print(table.concat(floats, " "))
local one, empty = {42}, {}
table.sort(one); table.sort(empty)
print(one[1], #empty)
local big = {}
for i = 1, 200 do big[i] = (i * 7919) % 211 end
table.sort(big)
local sorted = true
for i = 2, #big do if big[i - 1] > big[i] then sorted = false end end
print(sorted, big[1], big[100], big[200])
local nstr = {"10", "9", "100", "1"}
table.sort(nstr)
print(table.concat(nstr, " "))
return nums[1]
