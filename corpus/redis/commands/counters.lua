-- @profile: redis
-- INCR, DECR, INCRBY, DECRBY and their errors.
local r = {}
r[#r + 1] = redis.call("INCR", "n")
r[#r + 1] = redis.call("INCRBY", "n", 10)
r[#r + 1] = redis.call("DECR", "n")
r[#r + 1] = redis.call("DECRBY", "n", -5)
r[#r + 1] = redis.pcall("INCRBY", "n", "1.5").err
redis.call("SET", "big", "9223372036854775807")
r[#r + 1] = redis.pcall("INCR", "big").err
redis.call("SET", "word", "abc")
r[#r + 1] = redis.pcall("INCR", "word").err
redis.call("SET", "padded", " 1")
r[#r + 1] = redis.pcall("INCR", "padded").err
return r
