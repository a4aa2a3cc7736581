-- @profile: redis
-- ZADD's NX, XX, GT, LT, CH and INCR flags and their conflicts.
redis.call("ZADD", "z", 5, "m")
return {
  redis.call("ZADD", "z", "NX", 1, "m", 1, "n"),
  redis.call("ZADD", "z", "XX", "CH", 7, "m", 1, "o"),
  redis.call("ZADD", "z", "GT", "CH", 6, "m"),
  redis.call("ZADD", "z", "LT", "CH", 6, "m"),
  redis.call("ZADD", "z", "INCR", 2, "m"),
  tostring(redis.call("ZADD", "z", "NX", "INCR", 2, "m")),
  redis.call("ZRANGE", "z", 0, -1, "WITHSCORES"),
  redis.pcall("ZADD", "z", "NX", "XX", 1, "m").err,
  redis.pcall("ZADD", "z", "GT", "LT", 1, "m").err,
  redis.pcall("ZADD", "z", "INCR", 1, "a", 2, "b").err,
  redis.pcall("ZADD", "z", 1).err,
  redis.pcall("ZADD", "z", "nan", "m").err,
}
