-- @profile: redis
-- Commands scripts may not run are refused.
local results = {}
results[1] = redis.pcall("EVAL", "return 1", 0).err
results[2] = redis.pcall("MULTI").err
results[3] = redis.pcall("EVAL").err
return results
