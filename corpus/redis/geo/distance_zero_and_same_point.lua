-- @profile: redis
-- Members at the same point: distance 0.0000 and one cell.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "g", "1.5", "2.5", "a", "1.5", "2.5", "b")
r[#r + 1] = p("GEODIST", "g", "a", "b")
r[#r + 1] = p("GEOPOS", "g", "a", "b")
r[#r + 1] = p("GEORADIUS", "g", "1.5", "2.5", "0", "m", "WITHDIST")
r[#r + 1] = p("GEOSEARCH", "g", "FROMMEMBER", "a", "BYBOX", "0", "0", "m")
return r
