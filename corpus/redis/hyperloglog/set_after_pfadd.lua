-- @profile: redis
-- A HyperLogLog is a string: APPEND breaks it, SET replaces it.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD", "h", "a", "b")
r[#r + 1] = p("TYPE", "h")
r[#r + 1] = p("STRLEN", "h")
r[#r + 1] = p("APPEND", "h", "x")
r[#r + 1] = p("PFCOUNT", "h")
r[#r + 1] = p("PFADD", "h", "c")
r[#r + 1] = p("SET", "h", "plain")
r[#r + 1] = p("PFADD", "h", "c")
return r
