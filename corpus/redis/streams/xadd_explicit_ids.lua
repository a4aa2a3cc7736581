-- @profile: redis
-- XADD with explicit ids, incomplete ids and <ms>-* sequences.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1-1", "f", "v")
r[#r + 1] = p("XADD", "s", "1-2", "a", "1", "b", "2")
r[#r + 1] = p("XADD", "s", "5", "x", "y")
r[#r + 1] = p("XADD", "s", "5-*", "x", "y")
r[#r + 1] = p("XADD", "s", "7-*", "x", "y")
r[#r + 1] = p("XADD", "s", "7-*", "x", "y")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XRANGE", "s", "-", "+")
return r
