-- @profile: redis
-- Searches of thousands of kilometres and near the poles.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "w", 0, 0, "null-island", 10, 50, "europe", -70, -40, "patagonia", 170, 80, "arctic", -170, -80, "antarctic", 179, 0, "dateline", -179, 0, "other-side")
r[#r + 1] = p("GEORADIUS", "w", 0, 0, 3000, "km")
r[#r + 1] = p("GEORADIUS", "w", 0, 0, 7000, "km", "ASC")
r[#r + 1] = p("GEORADIUS", "w", 179.5, 0, 300, "km", "WITHDIST")
r[#r + 1] = p("GEORADIUS", "w", 170, 82, 500, "km")
r[#r + 1] = p("GEORADIUS", "w", -170, -82, 1000, "km", "WITHCOORD")
r[#r + 1] = p("GEOSEARCH", "w", "FROMLONLAT", 0, 0, "BYBOX", 20000, 20000, "km", "ASC")
r[#r + 1] = p("GEODIST", "w", "dateline", "other-side", "km")
r[#r + 1] = p("GEODIST", "w", "arctic", "antarctic")
return r
