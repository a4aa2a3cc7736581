-- @profile: redis
-- GETSET and GETDEL on strings, missing keys and other types.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("GETSET", "k", "1")
r[#r + 1] = p("GETSET", "k", "2")
r[#r + 1] = p("GETDEL", "k")
r[#r + 1] = p("GETDEL", "k")
r[#r + 1] = p("RPUSH", "l", "a")
r[#r + 1] = p("GETSET", "l", "x")
r[#r + 1] = p("GETDEL", "l")
return r
