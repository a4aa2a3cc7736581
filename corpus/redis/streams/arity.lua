-- @profile: redis
-- Stream command arity errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f")
r[#r + 1] = p("XLEN")
r[#r + 1] = p("XRANGE", "s", "-")
r[#r + 1] = p("XREVRANGE", "s", "+")
r[#r + 1] = p("XDEL", "s")
r[#r + 1] = p("XTRIM", "s", "MAXLEN")
r[#r + 1] = p("XREAD", "STREAMS")
return r
