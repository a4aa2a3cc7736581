-- @profile: redis
-- redis.log needs a level and a message, and a valid level.
local a, b = pcall(redis.log, redis.LOG_WARNING)
local c, d = pcall(redis.log, 99, "x")
return {tostring(a), b, tostring(c), d}
