-- @profile: redis
-- Unsorted results come in Redis's cell order; sorted ones by distance.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 0, 59 do redis.call("GEOADD", "grid", (i % 10) * 0.05, math.floor(i / 10) * 0.05, "p" .. i) end
r[#r + 1] = p("GEORADIUS", "grid", 0.2, 0.1, 15, "km")
r[#r + 1] = p("GEORADIUS", "grid", 0.2, 0.1, 15, "km", "ASC", "WITHDIST")
r[#r + 1] = p("GEOSEARCH", "grid", "FROMLONLAT", 0.1, 0.1, "BYBOX", 20, 10, "km")
r[#r + 1] = p("GEOSEARCH", "grid", "FROMMEMBER", "p0", "BYRADIUS", 8, "km", "DESC")
r[#r + 1] = p("GEOSEARCH", "grid", "FROMMEMBER", "p0", "BYRADIUS", 30, "km", "COUNT", 5)
r[#r + 1] = p("GEOSEARCH", "grid", "FROMMEMBER", "p0", "BYRADIUS", 30, "km", "COUNT", 5, "ANY")
return r
