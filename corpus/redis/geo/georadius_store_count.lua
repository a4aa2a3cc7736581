-- @profile: redis
-- STORE with COUNT keeps the nearest members only.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GEOADD", "g", "0", "0", "a", "0", "0.01", "b", "0", "0.02", "c", "0", "0.03", "d")
r[#r + 1] = p("GEORADIUS", "g", "0", "0", "10", "km", "COUNT", "2", "STORE", "near")
r[#r + 1] = p("ZRANGE", "near", "0", "-1")
r[#r + 1] = p("GEORADIUS", "g", "0", "0", "10", "km", "COUNT", "2", "DESC", "STOREDIST", "far")
r[#r + 1] = p("ZRANGE", "far", "0", "-1", "WITHSCORES")
return r
