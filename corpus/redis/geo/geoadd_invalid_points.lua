-- @profile: redis
-- Coordinates outside Redis's limits and non-numbers.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "g", "181", "10", "a")
r[#r + 1] = p("GEOADD", "g", "10", "85.06", "a")
r[#r + 1] = p("GEOADD", "g", "-180", "-85.05112878", "edge")
r[#r + 1] = p("GEOADD", "g", "180", "85.05112878", "top")
r[#r + 1] = p("GEOADD", "g", "abc", "10", "a")
r[#r + 1] = p("GEOADD", "g", "10", "", "a")
r[#r + 1] = p("GEOADD", "g", "10", "nan", "a")
r[#r + 1] = p("GEOADD", "g", "10", "1e400", "a")
r[#r + 1] = p("GEOADD", "g", "1", "1", "a", "200", "1", "b")
r[#r + 1] = p("EXISTS", "g")
r[#r + 1] = p("ZRANGE", "g", "0", "-1", "WITHSCORES")
return r
