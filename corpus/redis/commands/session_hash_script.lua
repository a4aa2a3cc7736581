-- @profile: redis
-- A session hash with HINCRBY and expiry.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.call("HSET", "session:1", "user", "ada", "visits", 0)
for i = 1, 3 do redis.call("HINCRBY", "session:1", "visits", 1) end
r[#r + 1] = p("EXPIRE", "session:1", 1800)
r[#r + 1] = p("HGETALL", "session:1")
r[#r + 1] = p("TTL", "session:1")
return r
