-- @profile: redis
-- LPUSH/RPUSH order and LPOP/RPOP with counts.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("LPUSH", "l", "a", "b", "c")
r[#r + 1] = p("RPUSH", "l", "x", "y")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LPOP", "l")
r[#r + 1] = p("RPOP", "l")
r[#r + 1] = p("LPOP", "l", "2")
r[#r + 1] = p("RPOP", "l", "5")
r[#r + 1] = p("EXISTS", "l")
r[#r + 1] = p("LPOP", "l")
r[#r + 1] = p("LPOP", "none", "2")
return r
