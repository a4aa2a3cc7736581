-- @profile: redis
-- Found by `run --generated N --profile redis`; real redis-server agrees with the Ferrous VM.
local reply = redis.error_reply("a\0b")
return {#reply.err, reply.err}
