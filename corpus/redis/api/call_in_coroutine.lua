-- @profile: redis
-- redis.call works inside coroutines.
local co = coroutine.wrap(function(k)
  redis.call("INCR", k)
  coroutine.yield(redis.call("GET", k))
  redis.call("INCR", k)
  return redis.call("GET", k)
end)
return {co("c"), co()}
