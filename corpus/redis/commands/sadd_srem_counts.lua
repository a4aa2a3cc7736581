-- @profile: redis
-- SADD and SREM count only changes; the last SREM deletes the key.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SADD", "s", "a", "b", "a", "c")
r[#r + 1] = p("SADD", "s", "c", "d")
r[#r + 1] = p("SREM", "s", "a", "x")
r[#r + 1] = p("SCARD", "s")
r[#r + 1] = p("SREM", "s", "b", "c", "d")
r[#r + 1] = p("EXISTS", "s")
r[#r + 1] = p("SCARD", "s")
r[#r + 1] = p("SREM", "none", "a")
return r
