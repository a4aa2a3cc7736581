-- __index and __newindex chains that never end are cut off with an error.
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
print(pcall(function() return a.x end))
local c, d = {}, {}
setmetatable(c, {__newindex = d})
setmetatable(d, {__newindex = c})
print(pcall(function() c.x = 1 end))
local self_loop = {}
setmetatable(self_loop, {__index = self_loop})
print(pcall(function() return self_loop.anything end))
local mt = {}
mt.__index = setmetatable({}, mt)
local deep = setmetatable({}, mt)
print(pcall(function() return deep.k end))
local chain = {}
local current = chain
for i = 1, 50 do
  local nxt = {}
  setmetatable(current, {__index = nxt})
  current = nxt
end
current.found = "at depth 50"
print(chain.found)
