-- @profile: redis
-- LTRIM keeping ranges, emptying the list, negative indices.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a", "b", "c", "d", "e")
r[#r + 1] = p("LTRIM", "l", "1", "-2")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LTRIM", "l", "-2", "-1")
r[#r + 1] = p("LRANGE", "l", "0", "-1")
r[#r + 1] = p("LTRIM", "l", "5", "10")
r[#r + 1] = p("EXISTS", "l")
r[#r + 1] = p("LTRIM", "none", "0", "1")
r[#r + 1] = p("RPUSH", "m", "1", "2", "3")
r[#r + 1] = p("LTRIM", "m", "x", "1")
return r
