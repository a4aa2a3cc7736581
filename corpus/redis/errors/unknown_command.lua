-- @profile: redis
-- Unknown commands are refused by the scripting layer.
return redis.call("NOSUCHCOMMAND", "x")
