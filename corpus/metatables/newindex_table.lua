-- __newindex as a table: assignments to absent keys go to that table instead.
local store = {}
local proxy = setmetatable({existing = "kept"}, {__newindex = store})
proxy.new = "goes to store"
proxy.existing = "updated in place"
print(rawget(proxy, "new"), store.new, proxy.existing, store.existing)
proxy[1] = "one"
print(rawget(proxy, 1), store[1])
rawset(proxy, "raw", "stored raw")
print(rawget(proxy, "raw"), store.raw)
local chained_store = {}
local inner = setmetatable({}, {__newindex = chained_store})
local outer = setmetatable({}, {__newindex = inner})
outer.deep = "where?"
print(rawget(outer, "deep"), rawget(inner, "deep"), chained_store.deep)
local both = setmetatable({}, {__index = store, __newindex = store})
both.x = 42
print(both.x, rawget(both, "x"), store.x)
return store.new
