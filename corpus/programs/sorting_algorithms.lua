-- Classic sorting algorithms checked against table.sort on the same pseudo-random data.
local function lcg(seed)
  local state = seed
  return function(n) state = (state * 16807) % 2147483647 return state % n end
end
local function copy(t) local c = {} for i = 1, #t do c[i] = t[i] end return c end
local function bubble(t)
  local n = #t
  repeat
    local swapped = false
    for i = 2, n do if t[i - 1] > t[i] then t[i - 1], t[i] = t[i], t[i - 1]; swapped = true end end
    n = n - 1
  until not swapped
  return t
end
local function insertion(t)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and t[j] > v do t[j + 1] = t[j]; j = j - 1 end
    t[j + 1] = v
  end
  return t
end
local function merge_sort(t)
  if #t <= 1 then return t end
  local mid = math.floor(#t / 2)
  local left, right = {}, {}
  for i = 1, mid do left[#left + 1] = t[i] end
  for i = mid + 1, #t do right[#right + 1] = t[i] end
  left, right = merge_sort(left), merge_sort(right)
  local out, i, j = {}, 1, 1
  while i <= #left and j <= #right do
    if left[i] <= right[j] then out[#out + 1] = left[i]; i = i + 1 else out[#out + 1] = right[j]; j = j + 1 end
  end
  for k = i, #left do out[#out + 1] = left[k] end
  for k = j, #right do out[#out + 1] = right[k] end
  return out
end
local function quick(t, lo, hi)
  lo, hi = lo or 1, hi or #t
  if lo >= hi then return t end
  local pivot, i = t[math.floor((lo + hi) / 2)], lo
  local j = hi
  while i <= j do
    while t[i] < pivot do i = i + 1 end
    while t[j] > pivot do j = j - 1 end
    if i <= j then t[i], t[j] = t[j], t[i]; i = i + 1; j = j - 1 end
  end
  quick(t, lo, j)
  quick(t, i, hi)
  return t
end
local function heap_sort(t)
  local n = #t
  local function sift(start, stop)
    local root = start
    while 2 * root <= stop do
      local child = 2 * root
      if child + 1 <= stop and t[child] < t[child + 1] then child = child + 1 end
      if t[root] < t[child] then t[root], t[child] = t[child], t[root]; root = child else return end
    end
  end
  for start = math.floor(n / 2), 1, -1 do sift(start, n) end
  for stop = n, 2, -1 do t[1], t[stop] = t[stop], t[1]; sift(1, stop - 1) end
  return t
end
local function counting(t, max)
  local counts = {}
  for i = 0, max do counts[i] = 0 end
  for _, v in ipairs(t) do counts[v] = counts[v] + 1 end
  local out = {}
  for v = 0, max do for _ = 1, counts[v] do out[#out + 1] = v end end
  return out
end
local function same(a, b)
  if #a ~= #b then return false end
  for i = 1, #a do if a[i] ~= b[i] then return false end end
  return true
end
local rand = lcg(2024)
for _, size in ipairs({0, 1, 2, 10, 100, 300}) do
  local data = {}
  for i = 1, size do data[i] = rand(1000) end
  local expected = copy(data)
  table.sort(expected)
  print(size,
    same(bubble(copy(data)), expected), same(insertion(copy(data)), expected),
    same(merge_sort(copy(data)), expected), same(quick(copy(data)), expected),
    same(heap_sort(copy(data)), expected), same(counting(copy(data), 999), expected),
    expected[1], expected[#expected])
end
local words = {"delta", "alpha", "echo", "charlie", "bravo", "foxtrot"}
print(table.concat(merge_sort(words), " "))
print(table.concat(quick(copy(words)), " "))
