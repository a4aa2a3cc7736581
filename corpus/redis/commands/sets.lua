-- @profile: redis
-- Set commands (member order sorted in the script: Redis does not fix it).
local r = {}
r[#r + 1] = redis.call("SADD", "s", "b", "a", "c", "a")
r[#r + 1] = redis.call("SREM", "s", "c", "zz")
r[#r + 1] = redis.call("SISMEMBER", "s", "a")
r[#r + 1] = redis.call("SISMEMBER", "s", "c")
r[#r + 1] = redis.call("SMISMEMBER", "s", "a", "c", "b")
r[#r + 1] = redis.call("SCARD", "s")
local members = redis.call("SMEMBERS", "s")
table.sort(members)
r[#r + 1] = members
r[#r + 1] = redis.call("SCARD", "missing")
return r
