-- @profile: redis
-- ZCOUNT over ranges, ZCARD, ZREM deleting the key.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "1", "a", "2", "b", "3", "c")
r[#r + 1] = p("ZCOUNT", "z", "1", "2")
r[#r + 1] = p("ZCOUNT", "z", "(1", "3")
r[#r + 1] = p("ZCOUNT", "z", "-inf", "+inf")
r[#r + 1] = p("ZCARD", "z")
r[#r + 1] = p("ZREM", "z", "a", "b", "c", "x")
r[#r + 1] = p("EXISTS", "z")
r[#r + 1] = p("ZCARD", "z")
r[#r + 1] = p("ZCOUNT", "none", "0", "1")
return r
