-- Stack limits after recovery: a stack overflow caught by pcall leaves the state usable, and
-- recursing again overflows again with the same message; the C stack limit ("C stack
-- overflow") for nested __index calls is caught the same way. (Nested pcalls past the C limit
-- trip an internal assertion of PUC-Rio's own: not compared here.)
local function deep(n) return deep(n + 1) + 1 end
for round = 1, 3 do
  local ok, message = pcall(deep, 1)
  print(round, ok, message)
end
local depth = 0
local function count() depth = depth + 1 return count() + 1 end
print(pcall(count))
local first = depth
depth = 0
print(pcall(count))
print(first == depth)
local chain = setmetatable({}, {})
getmetatable(chain).__index = function(t, k) return t[k] end
print(pcall(function() return chain.x end))
print(pcall(function() return chain.y end))
local function rethrow(n) if n == 0 then error("bottom") end local ok, e = pcall(rethrow, n - 1) error(e, 0) end
print(pcall(rethrow, 150))
print(pcall(string.rep, "x", -1))
