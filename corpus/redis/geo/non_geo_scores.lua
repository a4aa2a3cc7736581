-- @profile: redis
-- Geo commands read any sorted set: plain scores decode as cells too.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "0", "zero", "1", "one", "4503599627370495", "top", "1.5", "frac")
r[#r + 1] = p("GEOPOS", "z", "zero", "one", "top", "frac")
r[#r + 1] = p("GEOHASH", "z", "zero", "one", "top")
r[#r + 1] = p("GEODIST", "z", "zero", "top")
r[#r + 1] = p("GEORADIUS", "z", "0", "0", "10", "km")
return r
