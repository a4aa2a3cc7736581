-- @profile: redis
-- MEMORY: usage of each type (a number; nil for a missing key), STATS's fields (db.0 nested,
-- only with keys), DOCTOR and MALLOC-STATS texts, PURGE; compared by shape, the figures
-- depend on the allocator.
-- @data: SET s hello ; RPUSH l a b c ; HSET h f v ; SADD set m ; ZADD z 1 m
local r = {}
for _, key in ipairs({ "s", "l", "h", "set", "z", "missing" }) do
  r[#r + 1] = { redis.call("MEMORY", "USAGE", key) }
end
r[#r + 1] = redis.call("MEMORY", "USAGE", "s", "SAMPLES", "0")
r[#r + 1] = redis.call("MEMORY", "STATS")
r[#r + 1] = type(redis.call("MEMORY", "DOCTOR"))
r[#r + 1] = type(redis.call("MEMORY", "MALLOC-STATS"))
r[#r + 1] = redis.call("MEMORY", "PURGE")
redis.call("FLUSHALL")
r[#r + 1] = redis.call("MEMORY", "STATS")
return r
