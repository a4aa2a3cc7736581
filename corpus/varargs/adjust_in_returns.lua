-- return f() passes on every result; parentheses cut it to one.
local function three() return 1, 2, 3 end
local function all() return three() end
local function one() return (three()) end
local function mixed() return three(), three() end
local function prefixed() return "p", three() end
local function count(...) return select("#", ...) end
print(all())
print(one())
print(mixed())
print(prefixed())
print(count(all()), count(one()), count(mixed()), count(prefixed()))
local function conditional(flag) if flag then return three() else return end end
print(count(conditional(true)), count(conditional(false)))
local function nested() return all() end
print(nested())
local function via_and() return true and three() end
print(via_and())
local function via_or() return nil or three() end
print(via_or())
return three()
