-- @profile: redis
-- The version fields and the replication helpers of Redis 7.
redis.set_repl(redis.REPL_ALL)
return {redis.REDIS_VERSION, redis.REDIS_VERSION_NUM, redis.replicate_commands(),
  redis.REPL_NONE, redis.REPL_AOF, redis.REPL_REPLICA, redis.REPL_ALL}
