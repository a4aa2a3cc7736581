-- @profile: redis
-- LINDEX and LSET with negative and out-of-range indices.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a", "b", "c")
r[#r + 1] = p("LINDEX", "l", "0")
r[#r + 1] = p("LINDEX", "l", "-1")
r[#r + 1] = p("LINDEX", "l", "3")
r[#r + 1] = p("LINDEX", "l", "-4")
r[#r + 1] = p("LSET", "l", "1", "B")
r[#r + 1] = p("LSET", "l", "-1", "C")
r[#r + 1] = p("LSET", "l", "3", "x")
r[#r + 1] = p("LSET", "none", "0", "x")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LINDEX", "l", "x")
return r
