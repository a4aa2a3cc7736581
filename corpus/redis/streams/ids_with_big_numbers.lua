-- @profile: redis
-- Ids at the top of the range and incomplete forms.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "18446744073709551615-0", "f", "v")
r[#r + 1] = p("XADD", "s", "18446744073709551615-5", "f", "v")
r[#r + 1] = p("XRANGE", "s", "18446744073709551615", "+")
r[#r + 1] = p("XREVRANGE", "s", "+", "18446744073709551615-1")
r[#r + 1] = p("XRANGE", "s", "(18446744073709551615-0", "+")
r[#r + 1] = p("XADD", "s", "18446744073709551615-*", "f", "v")
r[#r + 1] = p("XINFO", "STREAM", "s")
return r
