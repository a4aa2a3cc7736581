-- @profile: redis
-- LOLWUT: Redis 7.0's own version and unknown versions print the version line; versions 5
-- and 6 draw random art (compared by shape: a string).
local r = {}
r[#r + 1] = redis.call("LOLWUT")
r[#r + 1] = redis.call("LOLWUT", "VERSION", "1")
r[#r + 1] = redis.call("LOLWUT", "version", "5", "10", "2", "2")
r[#r + 1] = redis.call("LOLWUT", "VERSION", "6", "20", "5")
r[#r + 1] = redis.call("LOLWUT", "bogus", "words")
return r
