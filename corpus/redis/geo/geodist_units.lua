-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEODIST in each unit, with missing members and bad units.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "km")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "MI")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "ft")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "m")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "yards")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "missing")
r[#r + 1] = p("GEODIST", "none", "a", "b")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Palermo")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "km", "extra")
return r
