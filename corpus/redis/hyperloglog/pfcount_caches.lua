-- @profile: redis
-- PFCOUNT stores its estimate in the header; PFADD marks it stale.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD", "h", "a", "b", "c", "d", "e")
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFCOUNT", "h")
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFADD", "h", "f")
r[#r + 1] = p("GET", "h")
r[#r + 1] = p("PFCOUNT", "h")
r[#r + 1] = p("GET", "h")
return r
