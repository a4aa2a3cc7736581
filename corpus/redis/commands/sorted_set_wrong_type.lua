-- @profile: redis
-- Sorted-set commands on a list key.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a")
r[#r + 1] = p("ZADD", "l", "1", "a")
r[#r + 1] = p("ZSCORE", "l", "a")
r[#r + 1] = p("ZRANGE", "l", "0", "-1")
r[#r + 1] = p("ZCARD", "l")
r[#r + 1] = p("ZRANK", "l", "a")
r[#r + 1] = p("ZINCRBY", "l", "1", "a")
return r
