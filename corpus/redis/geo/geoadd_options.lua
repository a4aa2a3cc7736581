-- @profile: redis
-- GEOADD NX, XX and CH, and their syntax errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "g", "1", "1", "a")
r[#r + 1] = p("GEOADD", "g", "NX", "2", "2", "a", "3", "3", "b")
r[#r + 1] = p("GEOADD", "g", "XX", "4", "4", "a", "5", "5", "c")
r[#r + 1] = p("GEOADD", "g", "XX", "CH", "6", "6", "a")
r[#r + 1] = p("GEOADD", "g", "NX", "XX", "1", "1", "a")
r[#r + 1] = p("GEOADD", "g", "CH")
r[#r + 1] = p("GEOADD", "g", "1", "1")
r[#r + 1] = p("GEOADD", "g", "1", "1", "a", "2")
r[#r + 1] = p("ZRANGE", "g", "0", "-1", "WITHSCORES")
return r
