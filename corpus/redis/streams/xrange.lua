-- @profile: redis
-- XRANGE and XREVRANGE with incomplete ids, exclusive ends and COUNT.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1-0", "a", "1")
r[#r + 1] = p("XADD", "s", "1-1", "b", "2")
r[#r + 1] = p("XADD", "s", "2-0", "c", "3")
r[#r + 1] = p("XADD", "s", "3-5", "d", "4")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XRANGE", "s", "1", "1")
r[#r + 1] = p("XRANGE", "s", "(1-0", "+")
r[#r + 1] = p("XRANGE", "s", "-", "(2-0")
r[#r + 1] = p("XRANGE", "s", "2", "+")
r[#r + 1] = p("XREVRANGE", "s", "+", "-")
r[#r + 1] = p("XREVRANGE", "s", "+", "-", "COUNT", "2")
r[#r + 1] = p("XREVRANGE", "s", "(3-5", "1")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", "0")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", "-5")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", "1", "COUNT", "3")
r[#r + 1] = p("XRANGE", "s", "3", "1")
r[#r + 1] = p("XRANGE", "none", "-", "+")
return r
