-- @profile: redis
-- MSET, MGET and MSETNX, with missing keys and wrong types.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("MSET", "a", "1", "b", "2", "c", "3")
r[#r + 1] = p("MGET", "a", "b", "c", "none")
r[#r + 1] = p("RPUSH", "l", "x")
r[#r + 1] = p("MGET", "a", "l", "b")
r[#r + 1] = p("MSETNX", "a", "9", "d", "9")
r[#r + 1] = p("MSETNX", "d", "4", "e", "5")
r[#r + 1] = p("MGET", "d", "e")
r[#r + 1] = p("MSET", "a")
r[#r + 1] = p("MSETNX", "a")
return r
