-- @profile: redis
-- SET EX/PX/KEEPTTL and their effect on TTL.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "v", "EX", "100")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("SET", "k", "v2", "KEEPTTL")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("SET", "k", "v3", "PX", "20000")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("SET", "k", "v4")
r[#r + 1] = p("TTL", "k")
return r
