-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEOHASH strings (re-encoded over -90..90) for members and missing ones.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOHASH", "Sicily", "Palermo", "Catania", "missing")
r[#r + 1] = p("GEOHASH", "none", "x")
r[#r + 1] = p("GEOADD", "g", "0", "0", "origin", "-180", "-85", "sw", "180", "85", "ne")
r[#r + 1] = p("GEOHASH", "g", "origin", "sw", "ne")
return r
