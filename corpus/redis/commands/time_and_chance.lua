-- @profile: redis
-- TIME, RANDOMKEY and SRANDMEMBER depend on the clock and on chance: against real Redis only
-- the shape of what the script returns is compared.
redis.call("SADD", "s", "a", "b", "c")
local now = redis.call("TIME")
return { now, redis.call("RANDOMKEY"), redis.call("SRANDMEMBER", "s") }
