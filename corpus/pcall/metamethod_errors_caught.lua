-- pcall catches errors raised from inside metamethods and library callbacks.
local broken = setmetatable({}, {
  __index = function(_, k) error("no " .. k, 0) end,
  __newindex = function() error("read only", 0) end,
  __add = function() error("cannot add", 0) end,
  __concat = function() error("cannot concat", 0) end,
  __call = function() error("cannot call", 0) end,
  __eq = function() error("cannot compare", 0) end,
  __lt = function() error("cannot order", 0) end,
  __unm = function() error("cannot negate", 0) end,
  __tostring = function() error("cannot print", 0) end,
})
local other = setmetatable({}, getmetatable(broken))
print(pcall(function() return broken.key end))
print(pcall(function() broken.key = 1 end))
print(pcall(function() return broken + 1 end))
print(pcall(function() return broken .. "s" end))
print(pcall(broken))
print(pcall(function() return broken == other end))
print(pcall(function() return broken < other end))
print(pcall(function() return -broken end))
print(pcall(tostring, broken))
print(pcall(table.sort, {3, 1, 2}, function() error("sort callback", 0) end))
print(pcall(string.gsub, "abc", "%w", function() error("gsub callback", 0) end))
