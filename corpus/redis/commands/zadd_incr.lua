-- @profile: redis
-- ZADD INCR returns the new score, or nil when a condition stops it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "INCR", "5", "a")
r[#r + 1] = p("ZADD", "z", "INCR", "2.5", "a")
r[#r + 1] = p("ZADD", "z", "NX", "INCR", "1", "a")
r[#r + 1] = p("ZADD", "z", "XX", "INCR", "1", "b")
r[#r + 1] = p("ZADD", "z", "INCR", "1", "a", "2", "b")
r[#r + 1] = p("ZSCORE", "z", "a")
return r
