-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- Units are case-insensitive; distances use four decimals.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "KM")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "Mi")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania", "FT")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "KM", "WITHDIST", "ASC")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "124.27", "Mi", "WITHDIST")
return r
