-- @profile: redis
-- @data: SET s text
-- An uncaught WRONGTYPE ends the script; earlier writes stay.
redis.call("SET", "first", "done")
redis.call("LPUSH", "s", "x")
redis.call("SET", "never", "reached")
