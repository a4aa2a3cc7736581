-- @profile: redis
-- LPUSHX/RPUSHX only push onto existing lists.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("LPUSHX", "l", "a")
r[#r + 1] = p("RPUSHX", "l", "a")
r[#r + 1] = p("EXISTS", "l")
r[#r + 1] = p("RPUSH", "l", "x")
r[#r + 1] = p("LPUSHX", "l", "a", "b")
r[#r + 1] = p("RPUSHX", "l", "y", "z")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("SET", "s", "v")
r[#r + 1] = p("LPUSHX", "s", "a")
return r
