-- @profile: redis
-- Writes made before an error stay (scripts are not rolled back).
redis.call("SET", "written", "yes")
redis.call("RPUSH", "list", "a")
error("failing after writes")
