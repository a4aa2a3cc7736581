-- @profile: redis
-- DEL, UNLINK and EXISTS count repeated and missing keys.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("MSET", "a", "1", "b", "2", "c", "3")
r[#r + 1] = p("EXISTS", "a", "a", "b", "none")
r[#r + 1] = p("DEL", "a", "a", "none")
r[#r + 1] = p("UNLINK", "b", "c")
r[#r + 1] = p("EXISTS", "a", "b", "c")
r[#r + 1] = p("DBSIZE")
return r
