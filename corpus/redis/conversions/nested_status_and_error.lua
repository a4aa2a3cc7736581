-- @profile: redis
-- Status and error tables inside arrays are nested status and error replies.
return {1, {ok = "nested"}, {err = "ERR nested error"}, redis.status_reply("S"), redis.error_reply("E")}
