-- @profile: redis
-- INCRBYFLOAT results and errors.
local r = {}
r[#r + 1] = redis.call("INCRBYFLOAT", "f", "10.5")
r[#r + 1] = redis.call("INCRBYFLOAT", "f", "0.25")
r[#r + 1] = redis.call("INCRBYFLOAT", "f", -5)
r[#r + 1] = redis.call("INCRBYFLOAT", "f", "2.5e3")
r[#r + 1] = redis.pcall("INCRBYFLOAT", "f", "abc").err
r[#r + 1] = redis.pcall("INCRBYFLOAT", "f", "inf").err
redis.call("HSET", "h", "x", "1")
r[#r + 1] = redis.pcall("INCRBYFLOAT", "h", "1").err
return r
