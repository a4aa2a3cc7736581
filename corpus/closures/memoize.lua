-- Memoisation through closures over a cache table.
local function memoize(f)
  local cache, hits = {}, 0
  return function(n)
    local v = cache[n]
    if v then hits = hits + 1 return v end
    v = f(n)
    cache[n] = v
    return v
  end, function() return hits end
end
local slow_calls = 0
local square, hits = memoize(function(n) slow_calls = slow_calls + 1 return n * n end)
for _, n in ipairs({2, 3, 2, 2, 4, 3}) do print(n, square(n)) end
print(slow_calls, hits())
local fib
local fib_hits
fib, fib_hits = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80), fib_hits())
return slow_calls
