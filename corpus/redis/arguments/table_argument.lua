-- @profile: redis
-- A table argument is refused with Redis's error.
return redis.call("SET", "k", {})
