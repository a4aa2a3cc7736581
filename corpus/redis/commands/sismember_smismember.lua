-- @profile: redis
-- SISMEMBER and SMISMEMBER on sets, missing keys and wrong types.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SADD", "s", "a", "b")
r[#r + 1] = p("SISMEMBER", "s", "a")
r[#r + 1] = p("SISMEMBER", "s", "z")
r[#r + 1] = p("SISMEMBER", "none", "a")
r[#r + 1] = p("SMISMEMBER", "s", "a", "z", "b")
r[#r + 1] = p("SMISMEMBER", "none", "a", "b")
r[#r + 1] = p("SET", "str", "x")
r[#r + 1] = p("SISMEMBER", "str", "a")
r[#r + 1] = p("SMISMEMBER", "str", "a")
return r
