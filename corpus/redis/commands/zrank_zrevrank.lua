-- @profile: redis
-- ZRANK and ZREVRANK with ties broken by member.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZADD", "z", "1", "b", "1", "a", "2", "c")
r[#r + 1] = p("ZRANK", "z", "a")
r[#r + 1] = p("ZRANK", "z", "b")
r[#r + 1] = p("ZREVRANK", "z", "a")
r[#r + 1] = p("ZREVRANK", "z", "c")
r[#r + 1] = p("ZRANK", "z", "none")
r[#r + 1] = p("ZRANK", "none", "a")
return r
