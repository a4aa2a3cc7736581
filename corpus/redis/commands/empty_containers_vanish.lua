-- @profile: redis
-- Removing the last element deletes lists, hashes, sets and sorted sets.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a")
r[#r + 1] = p("LPOP", "l")
r[#r + 1] = p("HSET", "h", "f", "v")
r[#r + 1] = p("HDEL", "h", "f")
r[#r + 1] = p("SADD", "s", "m")
r[#r + 1] = p("SREM", "s", "m")
r[#r + 1] = p("ZADD", "z", "1", "m")
r[#r + 1] = p("ZREM", "z", "m")
r[#r + 1] = p("EXISTS", "l", "h", "s", "z")
r[#r + 1] = p("DBSIZE")
return r
