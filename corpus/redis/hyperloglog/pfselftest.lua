-- @profile: redis
-- PFSELFTEST replies OK (Redis tests its own HyperLogLog code; the model its own), and takes
-- no arguments.
local r = {}
r[#r + 1] = redis.call("PFSELFTEST")
r[#r + 1] = redis.pcall("PFSELFTEST", "x").err
return r
