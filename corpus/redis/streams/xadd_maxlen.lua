-- @profile: redis
-- XADD with MAXLEN trims exactly (= or nothing).
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
r[#r + 1] = p("XADD", "s", "MAXLEN", "2", "4", "f", "v")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XADD", "s", "MAXLEN", "=", "1", "5", "f", "v")
r[#r + 1] = p("XRANGE", "s", "-", "+")
r[#r + 1] = p("XADD", "s", "MAXLEN", "0", "6", "f", "v")
r[#r + 1] = p("XLEN", "s")
r[#r + 1] = p("EXISTS", "s")
r[#r + 1] = p("XADD", "s", "MAXLEN", "-1", "7", "f", "v")
r[#r + 1] = p("XADD", "s", "MAXLEN", "x", "7", "f", "v")
r[#r + 1] = p("XADD", "s", "MAXLEN", "1", "MINID", "1", "7", "f", "v")
return r
