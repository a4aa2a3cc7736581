-- @profile: redis
-- @data: SET k v
-- EXPIRE, TTL, PTTL and PERSIST under the clock Redis freezes during a script.
local r = {}
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.call("EXPIRE", "k", 100)
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.call("PTTL", "k")
r[#r + 1] = redis.call("PEXPIRE", "k", 5000)
r[#r + 1] = redis.call("PTTL", "k")
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.call("PERSIST", "k")
r[#r + 1] = redis.call("PERSIST", "k")
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.call("TTL", "missing")
r[#r + 1] = redis.call("EXPIRE", "missing", 10)
r[#r + 1] = redis.call("EXPIRE", "k", 300)
return r
