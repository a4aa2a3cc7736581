-- @profile: redis
-- Under RESP3 SMEMBERS is a set table and ZSCORE a double.
redis.setresp(3)
redis.call("SADD", "s", "x", "y")
redis.call("ZADD", "z", "1.5", "m")
local set = redis.call("SMEMBERS", "s").set
return {tostring(set.x), tostring(set.y), redis.call("ZSCORE", "z", "m").double * 2}
