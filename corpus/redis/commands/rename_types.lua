-- @profile: redis
-- RENAME moves values of every type.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SADD", "s", "a")
r[#r + 1] = p("ZADD", "z", "1", "a")
r[#r + 1] = p("XADD", "x", "1", "f", "v")
r[#r + 1] = p("RENAME", "s", "s2")
r[#r + 1] = p("RENAME", "z", "z2")
r[#r + 1] = p("RENAME", "x", "x2")
r[#r + 1] = p("TYPE", "s2")
r[#r + 1] = p("TYPE", "z2")
r[#r + 1] = p("TYPE", "x2")
r[#r + 1] = p("SMEMBERS", "s2")
return r
