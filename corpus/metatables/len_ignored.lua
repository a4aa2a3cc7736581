-- Lua 5.1 ignores __len for tables: # always gives the raw length.
local called = false
local t = setmetatable({1, 2, 3}, {__len = function() called = true return 99 end})
print(#t, called)
local empty = setmetatable({}, {__len = function() return 5 end})
print(#empty)
print(#setmetatable({}, {__index = {1, 2, 3}}))
local mt = getmetatable("")
print(mt.__len)
print(#"abc")
return #t
