-- @profile: redis
-- A returned error_reply is the script's error reply, without a position.
return redis.error_reply("MY failure")
