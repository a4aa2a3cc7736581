-- @profile: redis
-- After trimming everything, XADD still needs ids above the last one.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "5", "f", "v")
r[#r + 1] = p("XTRIM", "s", "MAXLEN", "0")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XADD", "s", "5", "f", "v")
r[#r + 1] = p("XADD", "s", "4", "f", "v")
r[#r + 1] = p("XADD", "s", "6", "f", "v")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XINFO", "STREAM", "s")
return r
