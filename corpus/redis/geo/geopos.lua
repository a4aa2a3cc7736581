-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEOPOS gives the cell centre of each member, nil for missing ones.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOPOS", "Sicily", "Palermo", "Catania", "missing")
r[#r + 1] = p("GEOPOS", "none", "a", "b")
r[#r + 1] = p("GEOADD", "g", "0", "0", "origin", "-180", "-85.05112878", "corner", "179.9999", "85.05", "far")
r[#r + 1] = p("GEOPOS", "g", "origin", "corner", "far")
return r
