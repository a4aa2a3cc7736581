-- @profile: redis
-- ZINCRBY and ZSCORE with fractions and infinities.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("ZINCRBY", "z", "1.5", "a")
r[#r + 1] = p("ZINCRBY", "z", "2", "a")
r[#r + 1] = p("ZINCRBY", "z", "inf", "b")
r[#r + 1] = p("ZINCRBY", "z", "-inf", "b")
r[#r + 1] = p("ZSCORE", "z", "a")
r[#r + 1] = p("ZSCORE", "z", "b")
r[#r + 1] = p("ZSCORE", "z", "none")
r[#r + 1] = p("ZSCORE", "none", "a")
r[#r + 1] = p("ZINCRBY", "z", "x", "a")
return r
