-- @profile: redis
-- Integers from Redis keep their value through Lua numbers.
redis.call("SET", "n", "9007199254740993")
local small = redis.call("INCRBY", "m", 123456789)
return {small, redis.call("STRLEN", "n")}
