-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- Under RESP3, GEOPOS coordinates are doubles.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
redis.setresp(3)
r[#r + 1] = p("GEOPOS", "Sicily", "Palermo", "none")
r[#r + 1] = p("GEORADIUS", "Sicily", 15, 37, 200, "km", "WITHCOORD", "WITHDIST")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania")
return r
