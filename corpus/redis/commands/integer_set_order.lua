-- @profile: redis
-- Sets of integers reply in numeric order.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SADD", "s", "10", "-3", "7", "100", "0")
r[#r + 1] = p("SMEMBERS", "s")
r[#r + 1] = p("SADD", "s", "5")
r[#r + 1] = p("SMEMBERS", "s")
r[#r + 1] = p("SREM", "s", "10")
r[#r + 1] = p("SMEMBERS", "s")
return r
