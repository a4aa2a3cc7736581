-- @profile: redis
-- PFCOUNT of missing keys is 0; several keys count their union.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFCOUNT", "none")
r[#r + 1] = p("PFADD", "a", "x", "y", "z")
r[#r + 1] = p("PFADD", "b", "y", "z", "w")
r[#r + 1] = p("PFCOUNT", "a", "b")
r[#r + 1] = p("PFCOUNT", "a", "b", "none")
r[#r + 1] = p("PFCOUNT", "none", "none")
r[#r + 1] = p("GET", "a")
return r
