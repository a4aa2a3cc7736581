-- @profile: redis
-- HSETNX and HSTRLEN.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HSETNX", "h", "f", "hello")
r[#r + 1] = p("HSETNX", "h", "f", "world")
r[#r + 1] = p("HGET", "h", "f")
r[#r + 1] = p("HSTRLEN", "h", "f")
r[#r + 1] = p("HSTRLEN", "h", "none")
r[#r + 1] = p("HSTRLEN", "missing", "f")
r[#r + 1] = p("HSET", "h", "n", "12345")
r[#r + 1] = p("HSTRLEN", "h", "n")
return r
