-- Allocation benchmark: a bounded cache of records with constant insertion and eviction
-- (tables with hash and array parts, resized and dropped; a live set of fixed size).
local rounds = tonumber(arg and arg[1]) or 300000
local cache, order, head, tail = {}, {}, 1, 0
local live_limit = 20000
local sum = 0
for i = 1, rounds do
  local key = "k" .. (i % 50000)
  local record = {id = i, name = key, tags = {i % 7, i % 11, i % 13}}
  cache[key] = record
  tail = tail + 1
  order[tail] = key
  if tail - head >= live_limit then
    cache[order[head]] = nil
    order[head] = nil
    head = head + 1
  end
  sum = sum + #record.tags
end
local n = 0
for _ in pairs(cache) do n = n + 1 end
print(sum, n)
