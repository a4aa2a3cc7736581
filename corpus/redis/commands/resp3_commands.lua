-- @profile: redis
-- Plain command replies under RESP3: sets, maps are not used by these.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.setresp(3)
r[#r + 1] = p("SADD", "s", 3, 1, 2)
r[#r + 1] = p("SMEMBERS", "s")
r[#r + 1] = p("HSET", "h", "f", "v")
r[#r + 1] = p("HGETALL", "h")
r[#r + 1] = p("ZADD", "z", 1.5, "a")
r[#r + 1] = p("ZSCORE", "z", "a")
r[#r + 1] = p("ZRANGE", "z", 0, -1, "WITHSCORES")
r[#r + 1] = p("GET", "none")
return r
