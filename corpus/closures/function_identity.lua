-- In Lua 5.1 every evaluation of a function expression creates a distinct closure.
local fs = {}
for i = 1, 3 do fs[i] = function() return 1 end end
print(fs[1] == fs[2], fs[2] == fs[3], fs[1] == fs[1])
local function factory() return function() end end
print(factory() == factory())
local named = function() end
local alias = named
print(named == alias, rawequal(named, alias))
local t = {}
t[fs[1]] = "first"
t[fs[2]] = "second"
print(t[fs[1]], t[fs[2]], t[fs[3]])
print(type(fs[1]), type(print), print == print)
