-- @profile: redis
-- DBSIZE follows writes, deletes and expiry in the past.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("DBSIZE")
r[#r + 1] = p("MSET", "a", "1", "b", "2")
r[#r + 1] = p("DBSIZE")
r[#r + 1] = p("EXPIRE", "a", "0")
r[#r + 1] = p("DBSIZE")
r[#r + 1] = p("DEL", "b")
r[#r + 1] = p("DBSIZE")
return r
