-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEOSEARCH option errors as Redis reports them.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOSEARCH", "Sicily", "BYRADIUS", "10", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "FROMMEMBER", "Palermo", "BYRADIUS", "1", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "1", "km", "BYBOX", "1", "1", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMMEMBER", "nobody", "BYRADIUS", "1", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "-1", "1", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "a", "1", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "1", "b", "km")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "1", "km", "STORE", "x")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "1", "km", "ANY")
r[#r + 1] = p("GEOSEARCH", "none", "FROMMEMBER", "nobody", "BYRADIUS", "1", "km")
r[#r + 1] = p("geosearch", "Sicily", "FROMLONLAT", "15", "37")
return r
