-- @profile: redis
-- ZADD counts added members; CH counts changed ones.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "1", "a", "2", "b")
r[#r + 1] = p("ZADD", "z", "1", "a", "3", "b", "4", "c")
r[#r + 1] = p("ZADD", "z", "CH", "1", "a", "5", "b", "6", "d")
r[#r + 1] = p("ZRANGE", "z", "0", "-1", "WITHSCORES")
r[#r + 1] = p("ZADD", "z", "1")
r[#r + 1] = p("ZADD", "z", "x", "a")
r[#r + 1] = p("ZADD", "z", "nan", "a")
return r
