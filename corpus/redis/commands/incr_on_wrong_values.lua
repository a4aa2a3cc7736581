-- @profile: redis
-- Counters refuse non-integers, spaces and other types.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "a", "1.5")
r[#r + 1] = p("INCR", "a")
r[#r + 1] = p("SET", "b", " 2")
r[#r + 1] = p("INCR", "b")
r[#r + 1] = p("SET", "c", "2x")
r[#r + 1] = p("DECR", "c")
r[#r + 1] = p("HSET", "h", "f", "v")
r[#r + 1] = p("INCR", "h")
r[#r + 1] = p("INCRBY", "h", "2")
return r
