-- @profile: redis
-- @data: SET seed x
-- Nil bulk strings inside arrays are false in Lua.
redis.call("SET", "a", "1")
local values = redis.call("MGET", "a", "nope", "a")
return {#values, tostring(values[2]), values[3]}
