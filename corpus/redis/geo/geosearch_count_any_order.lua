-- @profile: redis
-- COUNT with ANY stops at the first members found, in cell order.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 30 do redis.call("GEOADD", "g", 10 + i * 0.01, 45 + (i % 5) * 0.01, "m" .. i) end
r[#r + 1] = p("GEOSEARCH", "g", "FROMLONLAT", 10.15, 45.02, "BYRADIUS", 50, "km", "COUNT", 3, "ANY")
r[#r + 1] = p("GEOSEARCH", "g", "FROMLONLAT", 10.15, 45.02, "BYRADIUS", 50, "km", "COUNT", 3, "ANY", "ASC")
r[#r + 1] = p("GEOSEARCH", "g", "FROMLONLAT", 10.15, 45.02, "BYRADIUS", 50, "km", "COUNT", 3, "DESC")
r[#r + 1] = p("GEOSEARCH", "g", "FROMLONLAT", 10.15, 45.02, "BYRADIUS", 3, "km")
return r
