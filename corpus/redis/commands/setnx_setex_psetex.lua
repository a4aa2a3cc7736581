-- @profile: redis
-- SETNX, SETEX and PSETEX replies and errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SETNX", "a", "1")
r[#r + 1] = p("SETNX", "a", "2")
r[#r + 1] = p("GET", "a")
r[#r + 1] = p("SETEX", "b", "50", "x")
r[#r + 1] = p("TTL", "b")
r[#r + 1] = p("SETEX", "b", "-1", "x")
r[#r + 1] = p("SETEX", "b", "abc", "x")
r[#r + 1] = p("PSETEX", "c", "5000", "y")
r[#r + 1] = p("TTL", "c")
r[#r + 1] = p("PSETEX", "c", "0", "y")
return r
