-- @profile: redis
-- @data: SET greeting "hello world" ; EXPIRE greeting 60
-- @data: HSET user name ada age 36 ; RPUSH queue j1 j2 j3
-- @data: SADD tags x y ; ZADD board 10 p1 20 p2
-- The initial data set can hold every type, with expiry.
return {
  redis.call("GET", "greeting"),
  redis.call("TTL", "greeting"),
  redis.call("HGETALL", "user"),
  redis.call("LRANGE", "queue", 0, -1),
  redis.call("SCARD", "tags"),
  redis.call("ZRANGE", "board", 0, -1, "WITHSCORES"),
}
