-- @profile: redis
-- redis.pcall returns the same refusal as an error table.
local reply = redis.pcall("SET", "k", true)
return {reply.err, redis.call("EXISTS", "k")}
