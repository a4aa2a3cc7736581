-- @profile: redis
-- HSET of several pairs, updates, HGET and HMGET.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HSET", "h", "a", "1", "b", "2", "c", "3")
r[#r + 1] = p("HSET", "h", "a", "10", "d", "4")
r[#r + 1] = p("HGET", "h", "a")
r[#r + 1] = p("HGET", "h", "none")
r[#r + 1] = p("HGET", "missing", "f")
r[#r + 1] = p("HMGET", "h", "a", "b", "none")
r[#r + 1] = p("HMGET", "missing", "a", "b")
r[#r + 1] = p("HLEN", "h")
r[#r + 1] = p("HSET", "h", "a")
return r
