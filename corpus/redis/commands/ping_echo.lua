-- @profile: redis
-- PING and ECHO.
return {redis.call("PING").ok, redis.call("PING", "hello"), redis.call("ECHO", "echoed"),
  redis.pcall("PING", "a", "b").err, redis.pcall("ECHO").err}
