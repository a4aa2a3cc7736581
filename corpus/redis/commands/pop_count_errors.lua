-- @profile: redis
-- LPOP/RPOP count errors and zero counts.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("RPUSH", "l", "a", "b", "c")
r[#r + 1] = p("LPOP", "l", "0")
r[#r + 1] = p("LPOP", "l", "-1")
r[#r + 1] = p("LPOP", "l", "x")
r[#r + 1] = p("RPOP", "l", "1", "2")
r[#r + 1] = p("LPOP", "l", "9223372036854775807")
r[#r + 1] = p("EXISTS", "l")
return r
