-- @profile: redis
-- GETSET, GETDEL, SETNX, MSET, MGET, MSETNX, APPEND, STRLEN, GETRANGE.
local r = {}
r[#r + 1] = tostring(redis.call("GETSET", "a", "1"))
r[#r + 1] = redis.call("GETSET", "a", "2")
r[#r + 1] = redis.call("SETNX", "a", "3")
r[#r + 1] = redis.call("SETNX", "b", "3")
r[#r + 1] = redis.call("MSET", "c", "x", "d", "y").ok
r[#r + 1] = redis.call("MSETNX", "c", "z", "e", "w")
r[#r + 1] = redis.call("APPEND", "c", "yz")
r[#r + 1] = redis.call("STRLEN", "c")
r[#r + 1] = redis.call("GETRANGE", "c", 1, -1)
r[#r + 1] = redis.call("GETRANGE", "c", -2, 100)
r[#r + 1] = redis.call("GETDEL", "d")
r[#r + 1] = redis.call("EXISTS", "d")
r[#r + 1] = redis.pcall("MSET", "odd").err
return {r, redis.call("MGET", "a", "b", "c", "d", "e")}
