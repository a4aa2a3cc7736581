-- @profile: redis
-- Under RESP3 a missing value is nil and HGETALL is a map table.
redis.setresp(3)
redis.call("HSET", "h", "a", "1", "b", "2")
local map = redis.call("HGETALL", "h").map
return {tostring(redis.call("GET", "nothing")), map.a, map.b}
