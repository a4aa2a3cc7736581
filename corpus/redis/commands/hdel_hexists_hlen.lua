-- @profile: redis
-- HDEL removes fields and the key with its last field.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HSET", "h", "a", "1", "b", "2")
r[#r + 1] = p("HEXISTS", "h", "a")
r[#r + 1] = p("HDEL", "h", "a", "a", "none")
r[#r + 1] = p("HEXISTS", "h", "a")
r[#r + 1] = p("HLEN", "h")
r[#r + 1] = p("HDEL", "h", "b")
r[#r + 1] = p("EXISTS", "h")
r[#r + 1] = p("HLEN", "h")
r[#r + 1] = p("HDEL", "none", "f")
return r
