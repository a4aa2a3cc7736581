-- @profile: redis
-- TIME, RANDOMKEY, SRANDMEMBER and SCAN's cursors depend on the clock, on chance or on
-- Redis's hash tables: against real Redis only the shape of what the script returns is
-- compared.
redis.call("SADD", "s", "a", "b", "c")
local now = redis.call("TIME")
local scanned = redis.call("SCAN", 0, "MATCH", "*", "COUNT", 1000)
return { now, redis.call("RANDOMKEY"), redis.call("SRANDMEMBER", "s"), scanned,
  redis.pcall("SCAN", "x").err }
