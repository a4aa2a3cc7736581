-- @profile: redis
-- XRANGE id and option errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("XRANGE", "s", "x", "+")
r[#r + 1] = p("XRANGE", "s", "-", "y")
r[#r + 1] = p("XRANGE", "s", "(-", "+")
r[#r + 1] = p("XRANGE", "s", "-", "(+")
r[#r + 1] = p("XRANGE", "s", "(", "+")
r[#r + 1] = p("XRANGE", "s", "(18446744073709551615-18446744073709551615", "+")
r[#r + 1] = p("XRANGE", "s", "-", "(0-0")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT")
r[#r + 1] = p("XRANGE", "s", "-", "+", "COUNT", "x")
r[#r + 1] = p("XRANGE", "s", "-", "+", "LIMIT", "1")
r[#r + 1] = p("XREVRANGE", "s", "-", "+", "COUNT", "1")
r[#r + 1] = p("SET", "str", "x")
r[#r + 1] = p("XRANGE", "str", "-", "+")
r[#r + 1] = p("XRANGE", "str", "x", "+")
return r
