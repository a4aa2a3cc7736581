-- @profile: redis
-- ZREVRANGE with scores and indices.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "1", "a", "2", "b", "3", "c")
r[#r + 1] = p("ZREVRANGE", "z", "0", "-1")
r[#r + 1] = p("ZREVRANGE", "z", "0", "0", "WITHSCORES")
r[#r + 1] = p("ZREVRANGE", "z", "-1", "-1")
r[#r + 1] = p("ZREVRANGE", "z", "1", "0")
r[#r + 1] = p("ZREVRANGE", "z", "0", "-1", "FOO")
return r
