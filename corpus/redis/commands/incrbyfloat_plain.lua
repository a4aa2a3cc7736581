-- @profile: redis
-- INCRBYFLOAT with values whose digits do not need long double.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("INCRBYFLOAT", "f", "1.5")
r[#r + 1] = p("INCRBYFLOAT", "f", "2")
r[#r + 1] = p("INCRBYFLOAT", "f", "-3.5")
r[#r + 1] = p("INCRBYFLOAT", "f", "100")
r[#r + 1] = p("GET", "f")
r[#r + 1] = p("INCRBYFLOAT", "g", "5e2")
r[#r + 1] = p("INCRBYFLOAT", "g", "abc")
r[#r + 1] = p("INCRBYFLOAT", "g", "nan")
r[#r + 1] = p("INCRBYFLOAT", "g", "inf")
r[#r + 1] = p("SET", "s", "text")
r[#r + 1] = p("INCRBYFLOAT", "s", "1")
return r
