-- @budget: 10000000
-- Number theory: a sieve, factorisation, gcd/lcm, perfect numbers and a Collatz record.
local function sieve(n)
  local composite, primes = {}, {}
  for i = 2, n do
    if not composite[i] then
      primes[#primes + 1] = i
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return primes
end
local primes = sieve(10000)
print(#primes, primes[1], primes[100], primes[#primes])
local function factor(n)
  local out = {}
  for _, p in ipairs(primes) do
    if p * p > n then break end
    while n % p == 0 do out[#out + 1] = p; n = n / p end
  end
  if n > 1 then out[#out + 1] = n end
  return table.concat(out, "*")
end
for _, n in ipairs({2, 12, 97, 360, 1001, 65536, 999983, 123456789, 600851475143}) do print(n, factor(n)) end
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local function lcm(a, b) return a / gcd(a, b) * b end
print(gcd(1071, 462), gcd(17, 5), lcm(4, 6), lcm(21, 6))
local l = 1
for i = 1, 20 do l = lcm(l, i) end
print(l)
local perfect = {}
for n = 2, 10000 do
  local sum = 1
  for d = 2, math.floor(math.sqrt(n)) do
    if n % d == 0 then sum = sum + d; if d ~= n / d then sum = sum + n / d end end
  end
  if sum == n then perfect[#perfect + 1] = n end
end
print(table.concat(perfect, " "))
local best, best_len = 1, 1
for start = 1, 3000 do
  local n, len = start, 1
  while n ~= 1 do if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end len = len + 1 end
  if len > best_len then best, best_len = start, len end
end
print(best, best_len)
local is_prime = {}
for _, p in ipairs(primes) do is_prime[p] = true end
local twins = 0
for i = 2, #primes do if primes[i] - primes[i - 1] == 2 then twins = twins + 1 end end
print("twin prime pairs below 10000:", twins)
local function goldbach(n)
  for _, p in ipairs(primes) do
    if p > n / 2 then break end
    if is_prime[n - p] then return p, n - p end
  end
end
for _, n in ipairs({4, 28, 100, 998, 9998}) do print(n, goldbach(n)) end
local function powmod(base, exp, m)
  local result = 1
  base = base % m
  while exp > 0 do
    if exp % 2 == 1 then result = result * base % m end
    base = base * base % m
    exp = math.floor(exp / 2)
  end
  return result
end
print(powmod(2, 10, 1000), powmod(3, 200, 1000007), powmod(7, 0, 13))
local fermat_liars = {}
for n = 3, 3000, 2 do
  if not is_prime[n] and powmod(2, n - 1, n) == 1 then fermat_liars[#fermat_liars + 1] = n end
end
print("base-2 pseudoprimes:", table.concat(fermat_liars, " "))
return #primes
