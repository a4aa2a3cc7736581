-- @profile: redis
-- Score ranges, counts and LIMIT.
redis.call("ZADD", "z", 1, "a", 2, "b", 3, "c", 4, "d", 5, "e")
return {
  redis.call("ZRANGEBYSCORE", "z", 2, 4),
  redis.call("ZRANGEBYSCORE", "z", "(2", "+inf", "WITHSCORES"),
  redis.call("ZRANGEBYSCORE", "z", "-inf", "+inf", "LIMIT", 1, 2),
  redis.call("ZRANGE", "z", "(5", 3, "BYSCORE", "REV"),
  redis.call("ZCOUNT", "z", "(1", 3),
  redis.call("ZCOUNT", "z", "-inf", "+inf"),
  redis.pcall("ZCOUNT", "z", "x", 3).err,
  redis.pcall("ZRANGE", "z", 0, 1, "LIMIT", 0, 1).err,
}
