-- @profile: redis
-- redis.call needs at least the command name.
local ok, message = pcall(redis.call)
local reply = redis.pcall()
return {tostring(ok), message, reply.err}
