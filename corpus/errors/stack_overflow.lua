-- Unbounded recursion ends in a "stack overflow" error that pcall can catch.
local function recurse(n) return 1 + recurse(n + 1) end
local ok, e = pcall(recurse, 1)
print(ok, e)
local depth = 0
local function count_depth() depth = depth + 1 count_depth() end
print(pcall(count_depth))
print(depth > 1000)
local function still_works(n) if n == 0 then return "recovered" end return still_works(n - 1) end
print(still_works(100))
