-- @profile: redis
-- Geo command arity errors.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "g", "1", "1")
r[#r + 1] = p("GEOPOS")
r[#r + 1] = p("GEODIST", "g", "a")
r[#r + 1] = p("GEOHASH")
r[#r + 1] = p("GEORADIUS", "g", "1", "1", "1")
r[#r + 1] = p("GEORADIUSBYMEMBER", "g", "a", "1")
r[#r + 1] = p("GEOSEARCH", "g", "FROMLONLAT", "1", "1")
r[#r + 1] = p("GEOSEARCHSTORE", "d", "g", "FROMLONLAT", "1", "1", "BYRADIUS")
return r
