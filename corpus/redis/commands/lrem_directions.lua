-- @profile: redis
-- LREM from the head, the tail and everywhere.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a", "b", "a", "c", "a", "b", "a")
r[#r + 1] = p("LREM", "l", "2", "a")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LREM", "l", "-1", "a")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LREM", "l", "0", "b")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LREM", "l", "0", "a")
r[#r + 1] = p("LREM", "l", "0", "c")
r[#r + 1] = p("EXISTS", "l")
r[#r + 1] = p("LREM", "none", "0", "x")
return r
