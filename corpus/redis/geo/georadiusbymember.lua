-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEORADIUSBYMEMBER around a member, and a missing member.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEORADIUSBYMEMBER", "Sicily", "Palermo", "200", "km", "WITHDIST")
r[#r + 1] = p("GEORADIUSBYMEMBER", "Sicily", "Palermo", "100", "km")
r[#r + 1] = p("GEORADIUSBYMEMBER", "Sicily", "missing", "100", "km")
r[#r + 1] = p("GEORADIUSBYMEMBER", "none", "missing", "100", "km")
r[#r + 1] = p("GEORADIUSBYMEMBER", "none", "missing", "abc", "parsecs")
r[#r + 1] = p("GEORADIUSBYMEMBER_RO", "Sicily", "Catania", "200", "km", "WITHCOORD")
r[#r + 1] = p("GEORADIUSBYMEMBER_RO", "Sicily", "Catania", "200", "km", "STOREDIST", "x")
r[#r + 1] = p("GEORADIUSBYMEMBER", "Sicily", "Catania", "200", "km", "STORE", "out")
r[#r + 1] = p("ZRANGE", "out", "0", "-1")
return r
