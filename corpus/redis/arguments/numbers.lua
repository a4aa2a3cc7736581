-- @profile: redis
-- Numbers passed to redis.call are formatted with %.17g.
redis.call("SET", "a", 0.1)
redis.call("SET", "b", 3.0)
redis.call("SET", "c", 1e20)
redis.call("SET", "d", -2.5)
redis.call("SET", "e", 2^53 + 1)
return redis.call("MGET", "a", "b", "c", "d", "e")
