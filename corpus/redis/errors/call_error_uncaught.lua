-- @profile: redis
-- An uncaught redis.call error: the command's error text and the position suffix.
redis.call("SET", "k", "v")
redis.call("HGET", "k", "f")
