-- @profile: redis
-- Replies become Lua values: integers numbers, bulk strings, nil false, arrays tables.
redis.call("SET", "s", "v")
redis.call("RPUSH", "l", "a", "b")
local set = redis.call("SET", "t", "x")
return {
  type(redis.call("INCR", "counter")),
  type(redis.call("GET", "s")),
  tostring(redis.call("GET", "missing")),
  type(redis.call("LRANGE", "l", 0, -1)),
  type(set), set.ok,
}
