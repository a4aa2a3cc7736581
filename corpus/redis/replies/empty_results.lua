-- @profile: redis
-- Empty arrays are empty tables.
local r = redis.call("LRANGE", "nolist", 0, -1)
return {type(r), #r, next(r) == nil}
