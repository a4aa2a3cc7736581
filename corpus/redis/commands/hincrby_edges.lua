-- @profile: redis
-- HINCRBY at the edges and on non-integer fields.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HINCRBY", "h", "n", "5")
r[#r + 1] = p("HINCRBY", "h", "n", "-10")
r[#r + 1] = p("HSET", "h", "big", "9223372036854775807")
r[#r + 1] = p("HINCRBY", "h", "big", "1")
r[#r + 1] = p("HSET", "h", "text", "abc")
r[#r + 1] = p("HINCRBY", "h", "text", "1")
r[#r + 1] = p("HINCRBY", "h", "n", "x")
r[#r + 1] = p("HINCRBY", "h", "n", "1.5")
r[#r + 1] = p("HGETALL", "h")
return r
