-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEOSEARCHSTORE with and without STOREDIST.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOSEARCHSTORE", "dst", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "ASC", "COUNT", "2")
r[#r + 1] = p("ZRANGE", "dst", "0", "-1", "WITHSCORES")
r[#r + 1] = p("GEOSEARCHSTORE", "dst", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "STOREDIST")
r[#r + 1] = p("ZRANGE", "dst", "0", "-1", "WITHSCORES")
r[#r + 1] = p("GEOSEARCHSTORE", "dst", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "200", "km", "WITHDIST")
r[#r + 1] = p("GEOSEARCHSTORE", "dst", "Sicily", "FROMLONLAT", "0", "0", "BYRADIUS", "1", "km")
r[#r + 1] = p("EXISTS", "dst")
r[#r + 1] = p("GEOSEARCHSTORE", "dst", "none", "FROMLONLAT", "0", "0", "BYRADIUS", "1", "km")
return r
