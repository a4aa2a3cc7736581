-- @profile: redis
-- A store finder: GEOADD shops and list those near a point.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.call("GEOADD", "shops", 2.3522, 48.8566, "paris", 2.2945, 48.8584, "eiffel", 2.3376, 48.8606, "louvre", 4.8357, 45.7640, "lyon")
r[#r + 1] = p("GEOSEARCH", "shops", "FROMLONLAT", 2.35, 48.85, "BYRADIUS", 10, "km", "ASC", "WITHDIST")
r[#r + 1] = p("GEODIST", "shops", "paris", "lyon", "km")
r[#r + 1] = p("GEORADIUSBYMEMBER", "shops", "eiffel", 5, "km", "ASC")
return r
