-- Memoisation of multi-argument functions, and dynamic programming problems that need it.
local function memoize(f)
  local cache = {}
  local stats = {hits = 0, misses = 0}
  local function key_of(...)
    local parts = {}
    for i = 1, select("#", ...) do parts[i] = tostring((select(i, ...))) end
    return table.concat(parts, "\0")
  end
  return function(...)
    local key = key_of(...)
    local hit = cache[key]
    if hit then stats.hits = stats.hits + 1 return unpack(hit, 1, hit.n) end
    stats.misses = stats.misses + 1
    local result = {n = 0}
    local function store(...) result = {n = select("#", ...), ...} end
    store(f(...))
    cache[key] = result
    return unpack(result, 1, result.n)
  end, stats
end

local binomial, bstats
binomial, bstats = memoize(function(n, k)
  if k == 0 or k == n then return 1 end
  return binomial(n - 1, k - 1) + binomial(n - 1, k)
end)
print(binomial(10, 5), binomial(30, 15), binomial(50, 25))
print(bstats.hits, bstats.misses)

local paths
paths = memoize(function(r, c)
  if r == 1 or c == 1 then return 1 end
  return paths(r - 1, c) + paths(r, c - 1)
end)
print(paths(3, 3), paths(10, 10), paths(17, 17))

local function lcs(a, b)
  local memo = {}
  local function go(i, j)
    if i > #a or j > #b then return "" end
    local key = i * 1000 + j
    if memo[key] then return memo[key] end
    local r
    if a:sub(i, i) == b:sub(j, j) then r = a:sub(i, i) .. go(i + 1, j + 1)
    else
      local x, y = go(i + 1, j), go(i, j + 1)
      r = #x >= #y and x or y
    end
    memo[key] = r
    return r
  end
  return go(1, 1)
end
print(lcs("ABCBDAB", "BDCABA"), lcs("conformance", "performance"), lcs("", "abc") == "")

local function coin_change(coins, amount)
  local ways = {[0] = 1}
  for a = 1, amount do ways[a] = 0 end
  for _, c in ipairs(coins) do
    for a = c, amount do ways[a] = ways[a] + ways[a - c] end
  end
  local fewest = {[0] = 0}
  for a = 1, amount do
    local best = math.huge
    for _, c in ipairs(coins) do
      if c <= a and fewest[a - c] + 1 < best then best = fewest[a - c] + 1 end
    end
    fewest[a] = best
  end
  return ways[amount], fewest[amount]
end
print(coin_change({1, 5, 10, 25}, 100))
print(coin_change({2, 5, 3, 6}, 10))
print(coin_change({5, 10}, 3))

local multi, mstats = memoize(function(a, b) return a, b, nil end)
print(select("#", multi(1, 2)), select("#", multi(1, 2)), mstats.hits)
print(multi(nil, "x"))
