-- @profile: redis
-- Streams in TYPE, EXISTS, DEL, RENAME and EXPIRE.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("TYPE", "s")
r[#r + 1] = p("EXISTS", "s")
r[#r + 1] = p("EXPIRE", "s", "100")
r[#r + 1] = p("TTL", "s")
r[#r + 1] = p("RENAME", "s", "t")
r[#r + 1] = p("XRANGE", "t", "-", "+")
r[#r + 1] = p("TTL", "t")
r[#r + 1] = p("DEL", "t")
r[#r + 1] = p("XLEN", "t")
r[#r + 1] = p("GET", "s")
return r
