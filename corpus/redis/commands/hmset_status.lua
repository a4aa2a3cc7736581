-- @profile: redis
-- HMSET replies OK; odd argument counts fail.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("HMSET", "h", "a", "1", "b", "2")
r[#r + 1] = p("HMSET", "h", "a", "1", "b")
r[#r + 1] = p("HGETALL", "h")
return r
