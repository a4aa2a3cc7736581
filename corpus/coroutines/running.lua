-- coroutine.running returns nil on the main thread in Lua 5.1, the thread inside a coroutine.
print(coroutine.running())
local co
co = coroutine.create(function()
  local me = coroutine.running()
  print(type(me), me == co, coroutine.status(me))
  local inner = coroutine.wrap(function()
    local inner_me = coroutine.running()
    print(inner_me == co, coroutine.status(co))
  end)
  inner()
end)
coroutine.resume(co)
print(coroutine.running() == nil)
