-- @profile: redis
-- LSET, LREM and LTRIM, and their errors.
local r = {}
redis.call("RPUSH", "l", "a", "b", "a", "c", "a", "d")
r[#r + 1] = redis.call("LSET", "l", 1, "B").ok
r[#r + 1] = redis.pcall("LSET", "l", 99, "x").err
r[#r + 1] = redis.pcall("LSET", "nolist", 0, "x").err
r[#r + 1] = redis.call("LREM", "l", 1, "a")
r[#r + 1] = redis.call("LREM", "l", -1, "a")
r[#r + 1] = redis.call("LRANGE", "l", 0, -1)
r[#r + 1] = redis.call("LTRIM", "l", 1, 2).ok
r[#r + 1] = redis.call("LRANGE", "l", 0, -1)
r[#r + 1] = redis.call("LTRIM", "l", 5, 10).ok
r[#r + 1] = redis.call("EXISTS", "l")
r[#r + 1] = redis.pcall("LPOP", "x", -1).err
return r
