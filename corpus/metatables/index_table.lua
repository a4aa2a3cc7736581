-- __index as a table: absent keys are looked up there, possibly through a chain.
local base = {greet = "hello", shared = "from base"}
local middle = setmetatable({shared = "from middle"}, {__index = base})
local obj = setmetatable({own = "mine"}, {__index = middle})
print(obj.own, obj.shared, obj.greet, obj.missing)
print(rawget(obj, "shared"), rawget(obj, "own"))
base.late = "added later"
print(obj.late)
obj.greet = "overridden"
print(obj.greet, base.greet)
obj.greet = nil
print(obj.greet)
local arr = setmetatable({}, {__index = {10, 20, 30}})
print(arr[1], arr[3], #arr)
local falsy = setmetatable({flag = false}, {__index = {flag = true}})
print(falsy.flag)
local mt = {}
mt.__index = mt
mt.method = function() return "method via self-indexing metatable" end
local inst = setmetatable({}, mt)
print(inst.method())
return obj.shared
