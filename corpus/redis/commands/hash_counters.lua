-- @profile: redis
-- @data: HSET h word abc
-- HINCRBY and HINCRBYFLOAT with their errors.
local r = {}
r[#r + 1] = redis.call("HINCRBY", "h", "n", 5)
r[#r + 1] = redis.call("HINCRBY", "h", "n", -7)
r[#r + 1] = redis.call("HINCRBYFLOAT", "h", "f", "1.25")
r[#r + 1] = redis.call("HINCRBYFLOAT", "h", "f", "0.5")
r[#r + 1] = redis.pcall("HINCRBY", "h", "f", 1).err
r[#r + 1] = redis.pcall("HINCRBY", "h", "n", "x").err
r[#r + 1] = redis.pcall("HINCRBYFLOAT", "h", "word", 1).err
r[#r + 1] = redis.pcall("HSET", "h", "lonely").err
return r
