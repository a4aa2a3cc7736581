-- @profile: redis
-- XADD field/value pairs: odd counts, empty fields, repeated fields.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f")
r[#r + 1] = p("XADD", "s", "1", "f", "v", "g")
r[#r + 1] = p("XADD", "s", "1")
r[#r + 1] = p("XADD", "s", "1", "", "")
r[#r + 1] = p("XADD", "s", "2", "f", "1", "f", "2")
r[#r + 1] = p("XADD", "s", "3", "f", "v", "g", "w", "h", "x")
r[#r + 1] = p("XRANGE", "s", "-", "+")
return r
