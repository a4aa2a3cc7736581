-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- Option words in lower case and repeated options.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("geosearch", "Sicily", "fromlonlat", "15", "37", "byradius", "200", "km", "asc", "withdist")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "ASC", "DESC")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "COUNT", "1", "COUNT", "2")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "WITHDIST", "WITHDIST")
r[#r + 1] = p("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "FROMLONLAT", "13", "38", "BYRADIUS", "200", "km")
return r
