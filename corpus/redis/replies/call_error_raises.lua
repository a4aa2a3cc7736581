-- @profile: redis
-- redis.call raises the error reply as a table; Redis's pcall gives back its message.
redis.call("SET", "k", "text")
local ok, message = pcall(redis.call, "INCR", "k")
return {tostring(ok), message}
