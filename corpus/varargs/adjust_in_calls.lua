-- A call expands to all its results only as the last argument; elsewhere it gives one value.
local function three() return 1, 2, 3 end
local function none() end
local function count(...) return select("#", ...) end
print(three())
print(three(), "x")
print("x", three())
print((three()))
print(count(three()), count(three(), three()), count((three())), count(three(), nil))
print(count(none()), count(none(), none()), count((none())))
print(none())
print(string.format("%d %d %d", three()))
print(math.max(three()), math.min(three(), 0))
print(count(three(), three(), three()))
local t = {}
table.insert(t, (three()))
print(#t, t[1])
print(pcall(table.insert, t, three()))
return count(three())
