-- @profile: redis
-- GEOADD of many members at once, then the members by score.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
local args = {"GEOADD", "cities"}
local points = {{-0.1276, 51.5072, "london"}, {2.3522, 48.8566, "paris"}, {13.405, 52.52, "berlin"}, {-3.7038, 40.4168, "madrid"}, {12.4964, 41.9028, "rome"}}
for _, p in ipairs(points) do args[#args + 1] = p[1] args[#args + 1] = p[2] args[#args + 1] = p[3] end
r[#r + 1] = redis.call(unpack(args))
r[#r + 1] = p("ZRANGE", "cities", 0, -1)
r[#r + 1] = p("GEOHASH", "cities", "london", "paris", "berlin")
r[#r + 1] = p("GEODIST", "cities", "london", "rome", "km")
r[#r + 1] = p("GEODIST", "cities", "madrid", "berlin", "mi")
return r
