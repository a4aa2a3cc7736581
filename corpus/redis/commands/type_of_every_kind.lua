-- @profile: redis
-- TYPE of each kind of value, including streams and HyperLogLogs.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "s", "v")
r[#r + 1] = p("RPUSH", "l", "v")
r[#r + 1] = p("HSET", "h", "f", "v")
r[#r + 1] = p("SADD", "st", "v")
r[#r + 1] = p("ZADD", "z", "1", "v")
r[#r + 1] = p("XADD", "x", "1", "f", "v")
r[#r + 1] = p("PFADD", "p", "v")
r[#r + 1] = p("GEOADD", "g", "1", "1", "v")
r[#r + 1] = p("TYPE", "s")
r[#r + 1] = p("TYPE", "l")
r[#r + 1] = p("TYPE", "h")
r[#r + 1] = p("TYPE", "st")
r[#r + 1] = p("TYPE", "z")
r[#r + 1] = p("TYPE", "x")
r[#r + 1] = p("TYPE", "p")
r[#r + 1] = p("TYPE", "g")
r[#r + 1] = p("TYPE", "none")
return r
