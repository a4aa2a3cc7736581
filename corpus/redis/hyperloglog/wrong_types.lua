-- @profile: redis
-- HyperLogLog commands on other values: Redis's two WRONGTYPE texts.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "s", "hello")
r[#r + 1] = p("RPUSH", "l", "x")
r[#r + 1] = p("PFADD", "s", "a")
r[#r + 1] = p("PFCOUNT", "s")
r[#r + 1] = p("PFMERGE", "s")
r[#r + 1] = p("PFMERGE", "t", "s")
r[#r + 1] = p("PFADD", "l", "a")
r[#r + 1] = p("PFCOUNT", "l")
r[#r + 1] = p("PFCOUNT", "l", "s")
r[#r + 1] = p("SET", "fake", "HYLLxxxxxxxxxxxx")
r[#r + 1] = p("PFCOUNT", "fake")
r[#r + 1] = p("SET", "dense", "HYLL\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
r[#r + 1] = p("PFCOUNT", "dense")
return r
