local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local total = 0
for i in range(10) do total = total + i end
local co = coroutine.create(function(a) local b = coroutine.yield(a * 2) error("stop " .. b) end)
print(coroutine.resume(co, 21))
print(coroutine.resume(co, "here"))
print(coroutine.status(co), coroutine.resume(co))
return total
