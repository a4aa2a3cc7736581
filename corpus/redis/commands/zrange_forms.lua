-- @profile: redis
-- ZRANGE by index, BYSCORE with LIMIT, and REV.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "1", "a", "2", "b", "3", "c", "4", "d", "5", "e")
r[#r + 1] = p("ZRANGE", "z", "0", "2")
r[#r + 1] = p("ZRANGE", "z", "-2", "-1", "WITHSCORES")
r[#r + 1] = p("ZRANGE", "z", "2", "4", "REV")
r[#r + 1] = p("ZRANGE", "z", "2", "4", "BYSCORE")
r[#r + 1] = p("ZRANGE", "z", "(1", "3", "BYSCORE", "WITHSCORES")
r[#r + 1] = p("ZRANGE", "z", "5", "1", "BYSCORE", "REV")
r[#r + 1] = p("ZRANGE", "z", "-inf", "+inf", "BYSCORE", "LIMIT", "1", "2")
r[#r + 1] = p("ZRANGE", "z", "0", "-1", "LIMIT", "0", "1")
r[#r + 1] = p("ZRANGE", "z", "a", "b", "BYSCORE")
return r
