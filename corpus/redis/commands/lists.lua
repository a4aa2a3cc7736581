-- @profile: redis
-- List pushes, pops, ranges and indexes.
local r = {}
r[#r + 1] = redis.call("RPUSH", "l", "a", "b", "c")
r[#r + 1] = redis.call("LPUSH", "l", "z", "y")
r[#r + 1] = redis.call("LRANGE", "l", 0, -1)
r[#r + 1] = redis.call("LRANGE", "l", -2, 100)
r[#r + 1] = redis.call("LINDEX", "l", 1)
r[#r + 1] = tostring(redis.call("LINDEX", "l", 10))
r[#r + 1] = redis.call("LPOP", "l")
r[#r + 1] = redis.call("RPOP", "l")
r[#r + 1] = redis.call("LPOP", "l", 2)
r[#r + 1] = redis.call("LLEN", "l")
r[#r + 1] = redis.call("LPUSHX", "nolist", "x")
r[#r + 1] = redis.call("RPUSHX", "l", "tail")
r[#r + 1] = redis.call("LRANGE", "l", 0, -1)
r[#r + 1] = tostring(redis.call("LPOP", "nolist"))
return r
