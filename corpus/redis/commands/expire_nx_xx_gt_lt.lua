-- @profile: redis
-- EXPIRE NX/XX/GT/LT conditions.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "k", "v")
r[#r + 1] = p("EXPIRE", "k", "100", "XX")
r[#r + 1] = p("EXPIRE", "k", "100", "NX")
r[#r + 1] = p("EXPIRE", "k", "50", "NX")
r[#r + 1] = p("EXPIRE", "k", "200", "GT")
r[#r + 1] = p("EXPIRE", "k", "150", "GT")
r[#r + 1] = p("EXPIRE", "k", "120", "LT")
r[#r + 1] = p("TTL", "k")
r[#r + 1] = p("SET", "p", "v")
r[#r + 1] = p("EXPIRE", "p", "10", "GT")
r[#r + 1] = p("EXPIRE", "p", "10", "LT")
r[#r + 1] = p("TTL", "p")
return r
