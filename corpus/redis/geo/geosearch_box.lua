-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEOSEARCH BYBOX, tall and wide boxes.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "400", "400", "km", "ASC", "WITHDIST")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "100", "400", "km", "ASC")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "400", "100", "km", "ASC")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMMEMBER", "Catania", "BYBOX", "1", "1", "m")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMMEMBER", "Catania", "BYBOX", "500", "500", "mi", "WITHHASH")
return r
