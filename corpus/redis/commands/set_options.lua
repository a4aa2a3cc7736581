-- @profile: redis
-- SET with NX, XX, GET and expiry options.
local r = {}
r[#r + 1] = redis.call("SET", "k", "1", "NX").ok
r[#r + 1] = tostring(redis.call("SET", "k", "2", "NX"))
r[#r + 1] = redis.call("SET", "k", "3", "XX").ok
r[#r + 1] = tostring(redis.call("SET", "other", "x", "XX"))
r[#r + 1] = redis.call("SET", "k", "4", "GET")
r[#r + 1] = tostring(redis.call("SET", "new", "5", "GET"))
r[#r + 1] = redis.call("SET", "k", "5", "EX", 100).ok
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.call("SET", "k", "6", "KEEPTTL").ok
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.call("SET", "k", "7").ok
r[#r + 1] = redis.call("TTL", "k")
return r
