-- @profile: redis
-- MEMORY STATS under RESP3: a map with a nested map for db.0 and doubles for the ratios;
-- DOCTOR's text as verbatim text. Compared by shape.
-- @data: SET s hello
redis.setresp(3)
local stats = redis.call("MEMORY", "STATS")
return { stats, redis.call("MEMORY", "DOCTOR"), redis.call("MEMORY", "USAGE", "s") }
