-- @profile: redis
-- XGROUP and friends run on real Redis only; here, XINFO GROUPS of a stream without groups.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "s", "1", "f", "v")
r[#r + 1] = p("XINFO", "GROUPS", "s")
r[#r + 1] = p("XINFO", "GROUPS", "none")
return r
