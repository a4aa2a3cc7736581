-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- Geo members are sorted-set members: ZREM, ZCARD and ZSCORE work on them.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZCARD", "Sicily")
r[#r + 1] = p("ZREM", "Sicily", "Palermo")
r[#r + 1] = p("GEOPOS", "Sicily", "Palermo", "Catania")
r[#r + 1] = p("ZADD", "Sicily", "3479099956230698", "Palermo")
r[#r + 1] = p("GEODIST", "Sicily", "Palermo", "Catania")
r[#r + 1] = p("ZRANK", "Sicily", "Catania")
return r
