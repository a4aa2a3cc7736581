-- @profile: redis
-- Wrong arity is refused by the scripting layer, without running the command.
return redis.pcall("GET", "a", "b")
