-- @profile: redis
-- Returning redis.pcall's error table makes the script's reply that error.
redis.call("HSET", "h", "f", "v")
return redis.pcall("GET", "h")
