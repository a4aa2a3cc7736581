-- @profile: redis
-- XREAD errors: BLOCK in scripts, unbalanced lists, GROUP and >.
local function p(...)
  local reply = redis.pcall(...)
  if type(reply) == "table" and reply.err then
    return "error: " .. reply.err
  end
  return reply
end
local r = {}
r[#r + 1] = p("XADD", "a", "1", "f", "v")
r[#r + 1] = p("XREAD", "BLOCK", "0", "STREAMS", "a", "0")
r[#r + 1] = p("xread", "block", "10", "STREAMS", "a", "$")
r[#r + 1] = p("XREAD", "STREAMS", "a")
r[#r + 1] = p("XREAD", "STREAMS", "a", "b", "0")
r[#r + 1] = p("XREAD", "GROUP", "g", "c", "STREAMS", "a", ">")
r[#r + 1] = p("XREAD", "NOACK", "STREAMS", "a", "0")
r[#r + 1] = p("XREAD", "STREAMS", "a", ">")
r[#r + 1] = p("XREAD", "STREAMS", "a", "-")
r[#r + 1] = p("XREAD", "STREAMS", "a", "+")
r[#r + 1] = p("XREAD", "COUNT", "x", "STREAMS", "a", "0")
r[#r + 1] = p("XREAD", "a", "0")
r[#r + 1] = p("XREAD", "COUNT", "1")
r[#r + 1] = p("SET", "s", "x")
r[#r + 1] = p("XREAD", "STREAMS", "s", "0")
r[#r + 1] = p("XREAD", "STREAMS", "a", "s", "0", "0")
return r
