-- @profile: redis
-- @data: GEOADD Sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania
-- GEORADIUS STORE and STOREDIST write sorted sets; no match deletes the target.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "STORE", "near")
r[#r + 1] = p("ZRANGE", "near", "0", "-1", "WITHSCORES")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "STOREDIST", "dists")
r[#r + 1] = p("ZRANGE", "dists", "0", "-1", "WITHSCORES")
r[#r + 1] = p("GEORADIUS", "Sicily", "15", "37", "200", "km", "COUNT", "1", "STORE", "one")
r[#r + 1] = p("ZRANGE", "one", "0", "-1")
r[#r + 1] = p("SET", "taken", "x")
r[#r + 1] = p("GEORADIUS", "Sicily", "0", "0", "1", "km", "STORE", "taken")
r[#r + 1] = p("EXISTS", "taken")
r[#r + 1] = p("GEORADIUS", "none", "0", "0", "1", "km", "STORE", "near")
r[#r + 1] = p("EXISTS", "near")
return r
