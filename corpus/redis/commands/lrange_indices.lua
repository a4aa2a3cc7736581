-- @profile: redis
-- LRANGE with negative, reversed and huge indices.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a", "b", "c", "d", "e")
r[#r + 1] = p("LRANGE", "l", "1", "3")
r[#r + 1] = p("LRANGE", "l", "-2", "-1")
r[#r + 1] = p("LRANGE", "l", "-100", "100")
r[#r + 1] = p("LRANGE", "l", "3", "1")
r[#r + 1] = p("LRANGE", "l", "5", "10")
r[#r + 1] = p("LRANGE", "l", "0", "-6")
r[#r + 1] = p("LRANGE", "l", "x", "1")
r[#r + 1] = p("LRANGE", "none", "0", "-1")
r[#r + 1] = p("LRANGE", "l", "0", "9223372036854775807")
return r
