-- @profile: redis
-- Geo commands on a key of another type.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "s", "x")
r[#r + 1] = p("GEOADD", "s", "1", "1", "a")
r[#r + 1] = p("GEOPOS", "s", "a")
r[#r + 1] = p("GEODIST", "s", "a", "b")
r[#r + 1] = p("GEOHASH", "s", "a")
r[#r + 1] = p("GEORADIUS", "s", "1", "1", "1", "km")
r[#r + 1] = p("GEOSEARCH", "s", "FROMLONLAT", "1", "1", "BYRADIUS", "1", "km")
r[#r + 1] = p("GEOSEARCHSTORE", "d", "s", "FROMLONLAT", "1", "1", "BYRADIUS", "1", "km")
r[#r + 1] = p("GEOADD", "s", "200", "1", "a")
return r
