-- @profile: redis
-- redis.log returns nothing for every level.
local counts = {}
for i, level in ipairs({redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING}) do
  counts[i] = select("#", redis.log(level, "message", i))
end
return {counts, redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING}
