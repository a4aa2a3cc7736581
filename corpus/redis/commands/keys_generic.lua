-- @profile: redis
-- @data: SET s v ; HSET h f v ; RPUSH l a ; ZADD z 1 m ; SADD st m
-- DEL, EXISTS, TYPE, RENAME, DBSIZE.
local r = {}
r[#r + 1] = redis.call("EXISTS", "s", "h", "missing", "s")
r[#r + 1] = redis.call("TYPE", "s").ok
r[#r + 1] = redis.call("TYPE", "h").ok
r[#r + 1] = redis.call("TYPE", "l").ok
r[#r + 1] = redis.call("TYPE", "z").ok
r[#r + 1] = redis.call("TYPE", "st").ok
r[#r + 1] = redis.call("TYPE", "missing").ok
r[#r + 1] = redis.call("DBSIZE")
r[#r + 1] = redis.call("RENAME", "s", "s2").ok
r[#r + 1] = redis.pcall("RENAME", "missing", "x").err
r[#r + 1] = redis.call("DEL", "s2", "h", "missing")
r[#r + 1] = redis.call("DBSIZE")
return r
