-- @profile: redis
-- XREAD from one or several streams, after ids, with COUNT and $.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "a", "1", "f", "1")
r[#r + 1] = p("XADD", "a", "2", "f", "2")
r[#r + 1] = p("XADD", "b", "5", "g", "5")
r[#r + 1] = p("XREAD", "STREAMS", "a", "0")
r[#r + 1] = p("XREAD", "COUNT", "1", "STREAMS", "a", "b", "0", "0")
r[#r + 1] = p("XREAD", "STREAMS", "a", "b", "1", "5")
r[#r + 1] = p("XREAD", "STREAMS", "a", "$")
r[#r + 1] = p("XREAD", "STREAMS", "none", "0")
r[#r + 1] = p("XREAD", "COUNT", "0", "STREAMS", "a", "1-0")
r[#r + 1] = p("XREAD", "COUNT", "-1", "STREAMS", "a", "0-0")
r[#r + 1] = p("XREAD", "STREAMS", "a", "b", "2-0", "4")
return r
