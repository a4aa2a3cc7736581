-- @profile: redis
-- INCRBY/DECRBY at the int64 edges and with odd texts.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("SET", "n", "9223372036854775806")
r[#r + 1] = p("INCR", "n")
r[#r + 1] = p("INCR", "n")
r[#r + 1] = p("SET", "m", "-9223372036854775807")
r[#r + 1] = p("DECR", "m")
r[#r + 1] = p("DECR", "m")
r[#r + 1] = p("INCRBY", "x", "-9223372036854775808")
r[#r + 1] = p("DECRBY", "x", "1")
r[#r + 1] = p("DECRBY", "y", "-9223372036854775808")
r[#r + 1] = p("INCRBY", "z", "01")
r[#r + 1] = p("INCRBY", "z", " 1")
r[#r + 1] = p("INCRBY", "z", "1e2")
r[#r + 1] = p("INCRBY", "z", "0")
return r
