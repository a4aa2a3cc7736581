-- A running or normal coroutine cannot be resumed.
local co
co = coroutine.create(function()
  print("resume self:", coroutine.resume(co))
  local child = coroutine.create(function()
    print("resume parent from child:", coroutine.resume(co))
    coroutine.yield()
  end)
  coroutine.resume(child)
  return "ok"
end)
print(coroutine.resume(co))
local w
w = coroutine.wrap(function() return pcall(w) end)
print(w())
