-- @profile: redis
-- redis.sha1hex needs one argument.
return redis.sha1hex()
