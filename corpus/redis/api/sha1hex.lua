-- @profile: redis
-- redis.sha1hex is SHA-1 in hex.
return {redis.sha1hex(""), redis.sha1hex("abc"), redis.sha1hex(12), redis.sha1hex("a\0b")}
