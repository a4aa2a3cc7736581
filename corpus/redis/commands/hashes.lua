-- @profile: redis
-- Hash commands; fields keep their insertion order.
local r = {}
r[#r + 1] = redis.call("HSET", "h", "b", "2", "a", "1", "c", "3")
r[#r + 1] = redis.call("HSET", "h", "a", "10", "d", "4")
r[#r + 1] = redis.call("HGET", "h", "a")
r[#r + 1] = tostring(redis.call("HGET", "h", "zz"))
r[#r + 1] = redis.call("HMGET", "h", "b", "zz", "d")
r[#r + 1] = redis.call("HDEL", "h", "c", "zz")
r[#r + 1] = redis.call("HEXISTS", "h", "c")
r[#r + 1] = redis.call("HLEN", "h")
r[#r + 1] = redis.call("HGETALL", "h")
r[#r + 1] = redis.call("HKEYS", "h")
r[#r + 1] = redis.call("HVALS", "h")
r[#r + 1] = redis.call("HSETNX", "h", "a", "x")
r[#r + 1] = redis.call("HSETNX", "h", "e", "5")
r[#r + 1] = redis.call("HSTRLEN", "h", "a")
r[#r + 1] = redis.call("HMSET", "h2", "x", "1").ok
return r
