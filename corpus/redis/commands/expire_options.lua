-- @profile: redis
-- @data: SET k v
-- EXPIRE's NX, XX, GT and LT conditions.
local r = {}
r[#r + 1] = redis.call("EXPIRE", "k", 100, "XX")
r[#r + 1] = redis.call("EXPIRE", "k", 100, "NX")
r[#r + 1] = redis.call("EXPIRE", "k", 200, "NX")
r[#r + 1] = redis.call("EXPIRE", "k", 50, "GT")
r[#r + 1] = redis.call("EXPIRE", "k", 150, "GT")
r[#r + 1] = redis.call("EXPIRE", "k", 200, "LT")
r[#r + 1] = redis.call("EXPIRE", "k", 120, "LT")
r[#r + 1] = redis.call("TTL", "k")
r[#r + 1] = redis.pcall("EXPIRE", "k", 10, "NX", "XX").err
r[#r + 1] = redis.pcall("EXPIRE", "k", 10, "sometimes").err
r[#r + 1] = redis.pcall("EXPIRE", "k", "soon").err
return r
