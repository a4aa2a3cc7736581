-- @profile: redis
-- SET's errors.
return {
  redis.pcall("SET", "k", "v", "NX", "XX").err,
  redis.pcall("SET", "k", "v", "EX", 0).err,
  redis.pcall("SET", "k", "v", "EX", "soon").err,
  redis.pcall("SET", "k", "v", "EX").err,
  redis.pcall("SET", "k", "v", "EX", 10, "PX", 100).err,
  redis.pcall("SET", "k", "v", "BOGUS").err,
  redis.pcall("SETEX", "k", -1, "v").err,
}
