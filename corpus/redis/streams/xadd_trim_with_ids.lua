-- @profile: redis
-- XADD with trimming options before the id and NOMKSTREAM mixed in.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "NOMKSTREAM", "MAXLEN", "1", "1", "a", "1")
r[#r + 1] = p("XADD", "s", "MAXLEN", "5", "NOMKSTREAM", "1", "a", "1")
r[#r + 1] = p("XADD", "s", "MAXLEN", "1", "2", "b", "2")
r[#r + 1] = p("XADD", "s", "NOMKSTREAM", "MINID", "3", "3", "c", "3")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XADD", "s", "MAXLEN", "~", "1", "4", "d", "4")
r[#r + 1] = p("XLEN", "s")
return r
