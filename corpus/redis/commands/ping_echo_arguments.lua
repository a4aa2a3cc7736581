-- @profile: redis
-- PING and ECHO with empty and binary arguments.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PING")
r[#r + 1] = p("PING", "")
r[#r + 1] = p("PING", "hello")
r[#r + 1] = p("ECHO", "")
r[#r + 1] = p("ECHO", "\0x")
r[#r + 1] = p("PING", "a", "b")
return r
