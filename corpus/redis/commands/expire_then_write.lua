-- @profile: redis
-- Writes to keys with a time to live: which keep it and which drop it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "s", "v", "EX", "100")
r[#r + 1] = p("APPEND", "s", "x")
r[#r + 1] = p("TTL", "s")
r[#r + 1] = p("INCR", "n")
r[#r + 1] = p("EXPIRE", "n", "100")
r[#r + 1] = p("INCRBY", "n", "5")
r[#r + 1] = p("TTL", "n")
r[#r + 1] = p("RPUSH", "l", "a")
r[#r + 1] = p("EXPIRE", "l", "100")
r[#r + 1] = p("RPUSH", "l", "b")
r[#r + 1] = p("TTL", "l")
r[#r + 1] = p("SET", "s", "w")
r[#r + 1] = p("TTL", "s")
r[#r + 1] = p("GETSET", "n", "1")
r[#r + 1] = p("TTL", "n")
return r
