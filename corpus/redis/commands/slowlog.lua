-- @profile: redis
-- SLOWLOG: what is logged depends on what the server ran before, so LEN and GET are compared
-- by shape; after RESET the log is empty on any server.
local r = {}
r[#r + 1] = type(redis.call("SLOWLOG", "LEN"))
r[#r + 1] = type(redis.call("SLOWLOG", "GET"))
r[#r + 1] = type(redis.call("slowlog", "get", "-1"))
r[#r + 1] = redis.call("SLOWLOG", "RESET")
r[#r + 1] = redis.call("SLOWLOG", "LEN")
r[#r + 1] = redis.call("SLOWLOG", "GET", "0")
r[#r + 1] = redis.call("SLOWLOG", "GET")
return r
