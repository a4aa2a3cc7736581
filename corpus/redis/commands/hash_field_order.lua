-- @profile: redis
-- Small hashes keep insertion order in HGETALL, HKEYS and HVALS.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HSET", "h", "z", "1", "a", "2", "m", "3")
r[#r + 1] = p("HSET", "h", "a", "20")
r[#r + 1] = p("HDEL", "h", "z")
r[#r + 1] = p("HSET", "h", "z", "100")
r[#r + 1] = p("HGETALL", "h")
r[#r + 1] = p("HKEYS", "h")
r[#r + 1] = p("HVALS", "h")
r[#r + 1] = p("HGETALL", "none")
return r
