-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEORADIUS argument errors in Redis's order.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "-1", "km")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "abc", "km")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "parsecs")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "km", "COUNT", "0")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "km", "COUNT", "-3")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "km", "COUNT", "x")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "km", "ANY")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "km", "FOO")
r[#r + 1] = p("GEORADIUS", "Sicily", "190", "37", "10", "km")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "10", "km", "STORE", "dst", "WITHDIST")
r[#r + 1] = p("GEORADIUS_RO", "Sicily", "15", "37", "10", "km", "STORE", "dst")
r[#r + 1] = p("GEORADIUS", "none", "15", "37", "10", "km")
return r
