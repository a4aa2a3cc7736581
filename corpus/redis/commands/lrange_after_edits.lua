-- @profile: redis
-- A list edited from both ends keeps its order.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
for i = 1, 10 do if i % 2 == 0 then redis.call("LPUSH", "l", i) else redis.call("RPUSH", "l", i) end end
r[#r + 1] = p("LRANGE", "l", 0, -1)
r[#r + 1] = p("LTRIM", "l", 2, 6)
r[#r + 1] = p("LRANGE", "l", 0, -1)
r[#r + 1] = p("LINDEX", "l", 2)
return r
