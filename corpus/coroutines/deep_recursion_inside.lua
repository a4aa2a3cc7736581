-- Deep Lua recursion inside a coroutine, yielding from the innermost call.
local function dive(n)
  if n == 0 then
    local v = coroutine.yield("at the bottom")
    return v
  end
  return 1 + dive(n - 1)
end
local co = coroutine.create(dive)
print(coroutine.resume(co, 3000))
print(coroutine.resume(co, 0.5))
print(coroutine.status(co))
local overflow = coroutine.create(function()
  local function forever(x) return 1 + forever(x) end
  return forever(1)
end)
print(coroutine.resume(overflow))
print(coroutine.status(overflow))
