-- @profile: redis
-- Command names are case-insensitive; traces keep the script's spelling.
redis.call("set", "k", "1")
redis.call("InCr", "k")
return redis.call("GET", "k")
