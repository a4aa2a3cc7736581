-- An error inside a wrapped coroutine reaches the top level uncaught.
-- expect: uncaught error
local step = coroutine.wrap(function()
  coroutine.yield("first step ok")
  error("second step failed")
end)
print(step())
print(step())
