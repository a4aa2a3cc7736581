-- @profile: redis
-- Too many arguments: arity errors from the scripting layer and from the command itself.
return {
  redis.pcall("GET", "a", "b", "c").err,
  redis.pcall("TYPE", "a", "b").err,
  redis.pcall("LPOP", "l", 1, 2).err,
  redis.pcall("HSET", "h", "f", "v", "g").err,
}
