-- The basic cycle: create, resume until it yields, resume again until it returns.
local co = coroutine.create(function()
  print("step 1")
  coroutine.yield()
  print("step 2")
  coroutine.yield()
  print("step 3")
end)
print(type(co), coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
local counter = coroutine.create(function()
  for i = 1, 3 do coroutine.yield(i) end
  return "finished"
end)
for _ = 1, 5 do print(coroutine.resume(counter)) end
