-- __eq runs only for two tables (or two userdata) sharing the same __eq handler.
local calls = 0
local function same_id(a, b) calls = calls + 1 return a.id == b.id end
local mt = {__eq = same_id}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 1}, mt)
local c = setmetatable({id = 2}, mt)
print(a == b, a ~= b, a == c, a ~= c, calls)
print(a == a, calls)
local other_mt = {__eq = same_id}
local d = setmetatable({id = 1}, other_mt)
print(a == d, calls)
local e = setmetatable({id = 1}, {__eq = function() return true end})
print(a == e, e == a, calls)
print(a == 1, a == "x", a == nil, calls)
local plain = {id = 1}
print(a == plain, plain == a, calls)
local truthy = setmetatable({}, {__eq = function() return "yes" end})
local truthy2 = setmetatable({}, getmetatable(truthy))
print(truthy == truthy2, truthy ~= truthy2)
print(rawequal(a, b), rawequal(a, a))
local t = {}
t[a] = "a as key"
print(t[b])
return a == b
