-- @profile: redis
-- Arguments are passed as bytes, zero bytes included.
redis.call("SET", "bin\0key", "v\0\255")
local value = redis.call("GET", "bin\0key")
return {#value, value:byte(1, -1)}
