-- @profile: redis
-- Sorted-set adds, scores, ranks and ranges.
local r = {}
r[#r + 1] = redis.call("ZADD", "z", 1, "a", 2, "b", 3, "c")
r[#r + 1] = redis.call("ZADD", "z", 1.5, "a", 4, "d")
r[#r + 1] = redis.call("ZSCORE", "z", "a")
r[#r + 1] = redis.call("ZSCORE", "z", "d")
r[#r + 1] = tostring(redis.call("ZSCORE", "z", "none"))
r[#r + 1] = redis.call("ZRANK", "z", "c")
r[#r + 1] = redis.call("ZREVRANK", "z", "c")
r[#r + 1] = redis.call("ZCARD", "z")
r[#r + 1] = redis.call("ZRANGE", "z", 0, -1)
r[#r + 1] = redis.call("ZRANGE", "z", 0, 1, "WITHSCORES")
r[#r + 1] = redis.call("ZREVRANGE", "z", 0, 1)
r[#r + 1] = redis.call("ZRANGE", "z", 1, 3, "REV")
r[#r + 1] = redis.call("ZREM", "z", "b", "zz")
r[#r + 1] = redis.call("ZINCRBY", "z", "0.1", "a")
return r
