-- @profile: redis
-- GEOADD stores 52-bit geohash scores in a sorted set.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "Sicily", "13.361389", "38.115556", "Palermo", "15.087269", "37.502669", "Catania")
r[#r + 1] = p("ZRANGE", "Sicily", "0", "-1", "WITHSCORES")
r[#r + 1] = p("TYPE", "Sicily")
r[#r + 1] = p("GEOADD", "Sicily", "13.361389", "38.115556", "Palermo")
r[#r + 1] = p("GEOADD", "Sicily", "CH", "13.4", "38.1", "Palermo")
r[#r + 1] = p("ZSCORE", "Sicily", "Palermo")
return r
