-- @profile: redis
-- Box searches spanning the date line and near the latitude limit.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "e", 179.9, 10, "east", -179.9, 10, "west", 0, 85, "north", 0, -85, "south")
r[#r + 1] = p("GEOSEARCH", "e", "FROMLONLAT", 180, 10, "BYBOX", 100, 100, "km", "ASC")
r[#r + 1] = p("GEOSEARCH", "e", "FROMLONLAT", 0, 85.05, "BYBOX", 200, 200, "km")
r[#r + 1] = p("GEORADIUS", "e", -180, 10, 50, "km", "WITHDIST")
r[#r + 1] = p("GEORADIUS", "e", 0, -85.05112878, 100, "km", "WITHCOORD")
return r
