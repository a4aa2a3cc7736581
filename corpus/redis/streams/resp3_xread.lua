-- @profile: redis
-- Under RESP3, XREAD replies a map of streams.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.setresp(3)
r[#r + 1] = p("XADD", "a", 1, "f", "v")
r[#r + 1] = p("XADD", "b", 2, "g", "w")
r[#r + 1] = p("XREAD", "STREAMS", "a", "b", 0, 0)
r[#r + 1] = p("XINFO", "STREAM", "a")
r[#r + 1] = p("XRANGE", "a", "-", "+")
return r
