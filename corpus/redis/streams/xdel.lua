-- @profile: redis
-- XDEL marks entries deleted; the stream and its last id stay.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "a", "1")
r[#r + 1] = p("XADD", "s", "2", "b", "2")
r[#r + 1] = p("XADD", "s", "3", "c", "3")
r[#r + 1] = p("XDEL", "s", "2", "2", "9")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("XDEL", "s", "1", "3")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("EXISTS", "s")
r[#r + 1] = p("XADD", "s", "2", "f", "v")
r[#r + 1] = p("XADD", "s", "4", "f", "v")
r[#r + 1] = p("XDEL", "none", "1")
r[#r + 1] = p("XDEL", "s", "x")
r[#r + 1] = p("XDEL", "s", "1", "x")
r[#r + 1] = p("XDEL", "s", "+")
return r
