-- table.sort is not stable: records with equal keys end up in an order set by the algorithm.
local people = {}
local names = {"ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lee"}
for i, n in ipairs(names) do people[i] = {name = n, group = i % 3} end
table.sort(people, function(a, b) return a.group < b.group end)
local out = {}
for _, p in ipairs(people) do out[#out + 1] = p.group .. ":" .. p.name end
print(table.concat(out, " "))
local pairs_list = {}
for i = 1, 20 do pairs_list[i] = {k = (i * 5) % 4, id = i} end
table.sort(pairs_list, function(a, b) return a.k > b.k end)
out = {}
for _, p in ipairs(pairs_list) do out[#out + 1] = p.k .. "/" .. p.id end
print(table.concat(out, " "))
