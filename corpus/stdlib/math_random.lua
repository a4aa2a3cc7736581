-- math.random after math.randomseed: ranges and argument checks (values depend on the seed).
math.randomseed(42)
local floats = {}
for i = 1, 5 do floats[i] = math.random() end
for i = 1, 5 do print(floats[i] >= 0 and floats[i] < 1, string.format("%.6f", floats[i])) end
local ints = {}
for i = 1, 10 do ints[i] = math.random(6) end
print(table.concat(ints, " "))
local ranged = {}
for i = 1, 10 do ranged[i] = math.random(-3, 3) end
print(table.concat(ranged, " "))
math.randomseed(42)
print(string.format("%.6f", math.random()) == string.format("%.6f", floats[1]))
math.randomseed(7)
local counts = {0, 0, 0}
for _ = 1, 300 do local k = math.random(3) counts[k] = counts[k] + 1 end
print(counts[1] + counts[2] + counts[3], counts[1] > 0, counts[2] > 0, counts[3] > 0)
print(math.random(1, 1), math.random(5, 5))
print(pcall(math.random, 0))
print(pcall(math.random, 3, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, "x"))
print(pcall(math.randomseed))
