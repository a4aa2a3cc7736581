-- @profile: redis
-- EXPIRE with bad numbers and overflowing times.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "v")
r[#r + 1] = p("EXPIRE", "k", "abc")
r[#r + 1] = p("EXPIRE", "k", "1.5")
r[#r + 1] = p("EXPIRE", "k", "9223372036854775807")
r[#r + 1] = p("PEXPIRE", "k", "9223372036854775807")
r[#r + 1] = p("EXPIRE", "k", "-9223372036854775808")
r[#r + 1] = p("EXPIRE", "k", "10", "FOO")
r[#r + 1] = p("EXPIRE", "k", "10", "NX", "XX")
r[#r + 1] = p("TTL", "k")
return r
