-- @profile: redis
-- EXPIRE, PEXPIRE, TTL, PTTL and PERSIST on live and missing keys.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "v")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("PTTL", "k")
r[#r + 1] = p("EXPIRE", "k", "100")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("PEXPIRE", "k", "50000")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("PERSIST", "k")
r[#r + 1] = p("PERSIST", "k")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("TTL", "none")
r[#r + 1] = p("PTTL", "none")
r[#r + 1] = p("EXPIRE", "none", "10")
r[#r + 1] = p("PERSIST", "none")
return r
