-- @profile: redis
-- ZADD GT and LT only move scores one way.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "10", "a")
r[#r + 1] = p("ZADD", "z", "GT", "5", "a")
r[#r + 1] = p("ZADD", "z", "GT", "CH", "15", "a")
r[#r + 1] = p("ZADD", "z", "LT", "20", "a")
r[#r + 1] = p("ZADD", "z", "LT", "CH", "1", "a")
r[#r + 1] = p("ZADD", "z", "GT", "3", "b")
r[#r + 1] = p("ZADD", "z", "GT", "LT", "1", "a")
r[#r + 1] = p("ZADD", "z", "GT", "NX", "1", "a")
r[#r + 1] = p("ZRANGE", "z", "0", "-1", "WITHSCORES")
return r
