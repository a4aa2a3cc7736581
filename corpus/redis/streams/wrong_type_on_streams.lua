-- @profile: redis
-- Other commands on a stream key get WRONGTYPE.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("GET", "s")
r[#r + 1] = p("LPUSH", "s", "x")
r[#r + 1] = p("HGET", "s", "f")
r[#r + 1] = p("SADD", "s", "x")
r[#r + 1] = p("ZADD", "s", "1", "x")
r[#r + 1] = p("PFADD", "s", "x")
r[#r + 1] = p("INCR", "s")
r[#r + 1] = p("XLEN", "s")
return r
