-- @profile: redis
-- GETRANGE with negative, reversed and out-of-range indices.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "Hello, World")
r[#r + 1] = p("GETRANGE", "k", "0", "4")
r[#r + 1] = p("GETRANGE", "k", "-5", "-1")
r[#r + 1] = p("GETRANGE", "k", "7", "100")
r[#r + 1] = p("GETRANGE", "k", "5", "2")
r[#r + 1] = p("GETRANGE", "k", "-100", "2")
r[#r + 1] = p("GETRANGE", "k", "-1", "-5")
r[#r + 1] = p("GETRANGE", "k", "0", "-1")
r[#r + 1] = p("GETRANGE", "none", "0", "10")
r[#r + 1] = p("GETRANGE", "k", "a", "1")
r[#r + 1] = p("GETRANGE", "k", "0", "9223372036854775807")
return r
