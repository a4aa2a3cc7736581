-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEORADIUS with distances, coordinates, hashes, order and counts.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "WITHDIST")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "WITHCOORD", "WITHDIST", "WITHHASH", "ASC")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "DESC")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "100", "km")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "COUNT", "1")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "COUNT", "1", "DESC", "WITHDIST")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "mi", "WITHDIST")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "0", "km")
return r
