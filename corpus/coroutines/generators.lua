-- Generators written with coroutine.wrap: ranges, permutations, Fibonacci numbers.
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local out = {}
for i in range(5) do out[#out + 1] = i end
print(table.concat(out, " "))
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) return end
  for i = 1, n do
    a[n], a[i] = a[i], a[n]
    permgen(a, n - 1)
    a[n], a[i] = a[i], a[n]
  end
end
local function permutations(a) return coroutine.wrap(function() permgen(a) end) end
local perms = {}
for p in permutations({"a", "b", "c"}) do perms[#perms + 1] = table.concat(p) end
print(#perms, table.concat(perms, " "))
local fib = coroutine.wrap(function()
  local a, b = 0, 1
  while true do coroutine.yield(a) a, b = b, a + b end
end)
out = {}
for _ = 1, 15 do out[#out + 1] = fib() end
print(table.concat(out, ","))
local function take_while(pred, gen)
  return coroutine.wrap(function()
    for v in gen do if not pred(v) then return end coroutine.yield(v) end
  end)
end
out = {}
for v in take_while(function(x) return x < 20 end, range(100)) do out[#out + 1] = v * v end
print(#out, out[#out])
