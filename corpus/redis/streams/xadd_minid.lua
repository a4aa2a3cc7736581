-- @profile: redis
-- XADD with MINID removes older entries.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("XADD", "s", "2", "f", "v")
r[#r + 1] = p("XADD", "s", "3", "f", "v")
r[#r + 1] = p("XADD", "s", "MINID", "2", "4", "f", "v")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XADD", "s", "MINID", "=", "4", "5", "f", "v")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XADD", "s", "MINID", "+", "6", "f", "v")
r[#r + 1] = p("XADD", "s", "MINID", "abc", "6", "f", "v")
return r
