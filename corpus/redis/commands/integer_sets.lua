-- @profile: redis
-- A set of integers replies in numeric order.
redis.call("SADD", "n", 10, 3, -2, 7)
return redis.call("SMEMBERS", "n")
