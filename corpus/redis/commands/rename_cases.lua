-- @profile: redis
-- RENAME onto itself, over other keys, from missing keys, with expiry.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "a", "1")
r[#r + 1] = p("RENAME", "a", "a")
r[#r + 1] = p("RENAME", "none", "b")
r[#r + 1] = p("SET", "b", "2")
r[#r + 1] = p("EXPIRE", "a", "100")
r[#r + 1] = p("RENAME", "a", "b")
r[#r + 1] = p("GET", "b")
r[#r + 1] = p("TTL", "b")
r[#r + 1] = p("EXISTS", "a")
r[#r + 1] = p("RPUSH", "l", "x")
r[#r + 1] = p("RENAME", "l", "b")
r[#r + 1] = p("TYPE", "b")
return r
