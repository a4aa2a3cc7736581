-- @profile: redis
-- HyperLogLog elements are bytes: empty, binary and long elements.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD", "h", "", "\0", "\255\254", string.rep("x", 1000))
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFCOUNT", "h")
r[#r + 1] = p("PFADD", "h", "\0")
return r
