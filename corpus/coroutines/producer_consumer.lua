-- A producer, a filter and a consumer connected by coroutines.
local function producer(items)
  return coroutine.create(function()
    for _, item in ipairs(items) do coroutine.yield(item) end
    return nil
  end)
end
local function receive(prod)
  local ok, value = coroutine.resume(prod)
  if not ok then error(value) end
  return value
end
local function filter(prod, pred, transform)
  return coroutine.create(function()
    while true do
      local v = receive(prod)
      if v == nil then return nil end
      if pred(v) then coroutine.yield(transform(v)) end
    end
  end)
end
local source = producer({"apple", "kiwi", "banana", "fig", "cherry", "plum"})
local long_upper = filter(source, function(s) return #s > 4 end, string.upper)
local numbered = filter(long_upper, function() return true end, (function()
  local n = 0
  return function(s) n = n + 1 return n .. ". " .. s end
end)())
while true do
  local line = receive(numbered)
  if not line then break end
  print(line)
end
print(coroutine.status(source), coroutine.status(long_upper), coroutine.status(numbered))
