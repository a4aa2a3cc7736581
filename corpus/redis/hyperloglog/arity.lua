-- @profile: redis
-- PFADD/PFCOUNT/PFMERGE arity errors as a script sees them.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("PFADD")
r[#r + 1] = p("PFCOUNT")
r[#r + 1] = p("PFMERGE")
return r
