-- @profile: redis
-- Equal scores order members by bytes; ranges respect it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "5", "b", "5", "a", "5", "c", "1", "z", "9", "y")
r[#r + 1] = p("ZRANGE", "z", "0", "-1", "WITHSCORES")
r[#r + 1] = p("ZREVRANGE", "z", "0", "-1")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "5", "5")
r[#r + 1] = p("ZRANK", "z", "c")
r[#r + 1] = p("ZADD", "z", "5", "aa")
r[#r + 1] = p("ZRANGE", "z", "1", "3")
return r
