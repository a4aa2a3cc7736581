-- @profile: redis
-- PFADD on a key with a time to live keeps it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD", "h", "a")
r[#r + 1] = p("EXPIRE", "h", "100")
r[#r + 1] = p("PFADD", "h", "b")
r[#r + 1] = p("TTL", "h")
r[#r + 1] = p("PFMERGE", "h", "other")
r[#r + 1] = p("TTL", "h")
r[#r + 1] = p("PFCOUNT", "h")
r[#r + 1] = p("TTL", "h")
return r
