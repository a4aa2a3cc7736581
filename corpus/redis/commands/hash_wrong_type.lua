-- @profile: redis
-- Hash commands on a string key.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "s", "v")
r[#r + 1] = p("HSET", "s", "f", "v")
r[#r + 1] = p("HGET", "s", "f")
r[#r + 1] = p("HGETALL", "s")
r[#r + 1] = p("HDEL", "s", "f")
r[#r + 1] = p("HLEN", "s")
r[#r + 1] = p("HINCRBY", "s", "f", "1")
r[#r + 1] = p("HEXISTS", "s", "f")
return r
