-- @profile: redis
-- ZRANGEBYSCORE with exclusive ends, infinities and LIMIT.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "1", "a", "2", "b", "3", "c", "4", "d")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "2", "3")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "(2", "+inf")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "-inf", "(3", "WITHSCORES")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "1", "4", "LIMIT", "1", "2")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "1", "4", "LIMIT", "1", "-1")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "4", "1")
r[#r + 1] = p("ZRANGEBYSCORE", "z", "x", "1")
r[#r + 1] = p("ZRANGEBYSCORE", "none", "0", "1")
return r
