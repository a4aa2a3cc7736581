-- @profile: redis
-- HyperLogLog replies under RESP3.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.setresp(3)
r[#r + 1] = p("PFADD", "h", "a", "b")
r[#r + 1] = p("PFCOUNT", "h")
r[#r + 1] = p("PFMERGE", "g", "h")
r[#r + 1] = p("PFCOUNT", "g", "h")
return r
